// The fields of a person, shared by "add a person" and "edit a person", and the conversion of
// the form's values to the API's body.
import { Checkbox, Col, DatePicker, Form, Input, Radio, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import {
  EDUCATION_LEVEL_LABELS,
  GENDER_LABELS,
  PERSON_CATEGORY_LABELS,
  type EducationLevel,
  type Gender,
  type PersonCategory,
} from '../../../../src/domain/registry/vocab';
import { DATE_FORMATS, fromIso, optionsOf, toIso } from '../../ui/format';
import { OrgTreeSelect } from '../../ui/orgs';
import type { Person } from '../../ui/types';

export interface PersonValues {
  fullName: string;
  gender: Gender;
  birthDate?: Dayjs | null;
  cccd?: string;
  position?: string;
  isManager?: boolean;
  category: PersonCategory;
  hometown?: string;
  educationLevel?: EducationLevel | null;
  phone?: string;
  email?: string;
  orgId?: string;
  joinedOn?: Dayjs | null;
  reason?: string;
}

const text = (v: string | undefined) => (v?.trim() ? v.trim() : null);

export function personBody(v: PersonValues) {
  return {
    fullName: v.fullName,
    gender: v.gender,
    birthDate: toIso(v.birthDate),
    cccd: text(v.cccd?.replace(/\s+/g, '')),
    position: text(v.position),
    isManager: !!v.isManager,
    category: v.category,
    hometown: text(v.hometown),
    educationLevel: v.educationLevel ?? null,
    phone: text(v.phone),
    email: text(v.email),
  };
}

export function personInitialValues(p: Person): PersonValues {
  return {
    fullName: p.fullName,
    gender: p.gender,
    birthDate: fromIso(p.birthDate),
    cccd: p.cccd ?? '',
    position: p.position ?? '',
    isManager: p.isManager,
    category: p.category,
    hometown: p.hometown ?? '',
    educationLevel: p.educationLevel,
    phone: p.phone ?? '',
    email: p.email ?? '',
  };
}

export function PersonFormFields({ mode }: { mode: 'create' | 'edit' }) {
  return (
    <>
      <Form.Item
        name="fullName"
        label="Họ và tên"
        rules={[{ required: true, whitespace: true, message: 'Chưa nhập họ và tên.' }]}
      >
        <Input maxLength={150} autoComplete="off" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item name="gender" label="Giới tính" rules={[{ required: true, message: 'Chọn giới tính.' }]}>
            <Radio.Group options={optionsOf(GENDER_LABELS)} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="birthDate" label="Ngày sinh">
            <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="cccd"
        label="Số CCCD"
        extra="12 chữ số; phải khớp giới tính và năm sinh."
        rules={[{ pattern: /^\s*(\d\s*){12}$/, message: 'Số CCCD phải gồm đúng 12 chữ số.' }]}
      >
        <Input maxLength={16} inputMode="numeric" autoComplete="off" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item name="category" label="Đối tượng" rules={[{ required: true, message: 'Chọn đối tượng.' }]}>
            <Select options={optionsOf(PERSON_CATEGORY_LABELS)} placeholder="Chọn đối tượng" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="position" label="Chức vụ">
            <Input maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="isManager" valuePropName="checked">
        <Checkbox>Giữ chức vụ lãnh đạo, quản lý</Checkbox>
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={14}>
          <Form.Item name="hometown" label="Quê quán" extra="In vào báo cáo thành tích.">
            <Input maxLength={300} placeholder="Ví dụ: xã Mường Phăng, tỉnh Điện Biên" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={10}>
          <Form.Item name="educationLevel" label="Trình độ đào tạo">
            <Select options={optionsOf(EDUCATION_LEVEL_LABELS)} placeholder="Chọn trình độ" allowClear />
          </Form.Item>
        </Col>
      </Row>
      {mode === 'create' && (
        <Row gutter={16}>
          <Col xs={24} sm={14}>
            <Form.Item
              name="orgId"
              label="Cơ quan, đơn vị"
              rules={[{ required: true, message: 'Chọn cơ quan, đơn vị.' }]}
            >
              <OrgTreeSelect hideClosed />
            </Form.Item>
          </Col>
          <Col xs={24} sm={10}>
            <Form.Item name="joinedOn" label="Ngày bắt đầu công tác" extra="Bỏ trống là hôm nay.">
              <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />
            </Form.Item>
          </Col>
        </Row>
      )}
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item name="phone" label="Số điện thoại">
            <Input maxLength={30} inputMode="tel" autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="email" label="Thư điện tử" rules={[{ type: 'email', message: 'Thư điện tử không hợp lệ.' }]}>
            <Input maxLength={200} inputMode="email" autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
      {mode === 'edit' && (
        <Form.Item name="reason" label="Lý do" extra="Lý do sửa được ghi vào nhật ký hệ thống.">
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      )}
    </>
  );
}

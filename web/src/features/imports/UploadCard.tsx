// Choose what to import, download the template, upload the file.
import { CloudUploadOutlined, DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Radio, Typography, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api, downloadUrl, errorMessage, isApiError } from '../../ui/api';
import type { ImportKind } from '../../ui/types';
import { importKeys } from './keys';

import { KIND_LABELS } from './shared';

export function UploadCard() {
  const [kind, setKind] = useState<ImportKind>('people');
  const [files, setFiles] = useState<UploadFile[]>([]);
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const upload = useMutation({
    mutationFn: () => {
      const form = new FormData();
      form.append('file', files[0].originFileObj as File, files[0].name);
      return api.upload<{ id: string }>(`/imports/${kind}`, form);
    },
    onSuccess: async ({ id }) => {
      setFiles([]);
      await qc.invalidateQueries({ queryKey: importKeys.all });
      void navigate(`/nhap-du-lieu/${id}`);
    },
    onError: (e) =>
      setError(isApiError(e) && e.fields.length ? e.fields.map((f) => f.message).join(' ') : errorMessage(e)),
  });
  return (
    <Card title="Tải tệp Excel lên" style={{ marginBottom: 16 }}>
      <Flex vertical gap={16}>
        <div>
          <Typography.Text strong id="import-kind-label">
            Loại dữ liệu
          </Typography.Text>
          <div style={{ marginTop: 8 }}>
            <Radio.Group
              aria-labelledby="import-kind-label"
              optionType="button"
              buttonStyle="solid"
              value={kind}
              onChange={(e) => setKind(e.target.value)}
              options={(Object.keys(KIND_LABELS) as ImportKind[]).map((k) => ({ value: k, label: KIND_LABELS[k] }))}
            />
          </div>
        </div>
        <div>
          <Button icon={<DownloadOutlined aria-hidden />} href={downloadUrl(`/imports/templates/${kind}`)} download>
            Tải tệp mẫu
          </Button>
          <Typography.Text type="secondary" style={{ marginInlineStart: 12 }}>
            Điền dữ liệu vào tệp mẫu ({KIND_LABELS[kind]}); cột có dấu * là bắt buộc, ngày ghi dd/mm/yyyy.
          </Typography.Text>
        </div>
        <Upload.Dragger
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          maxCount={1}
          fileList={files}
          beforeUpload={(file) => {
            setError(null);
            setFiles([
              { uid: file.uid, name: file.name, size: file.size, type: file.type, originFileObj: file, status: 'done' },
            ]);
            return false;
          }}
          onRemove={() => {
            setFiles([]);
            return true;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined aria-hidden />
          </p>
          <p className="ant-upload-text">Bấm để chọn tệp hoặc kéo tệp .xlsx vào đây</p>
          <p className="ant-upload-hint">
            Mỗi lần một tệp, tối đa 25 MB. Chỉ khi mọi dòng hợp lệ thì dữ liệu mới được ghi.
          </p>
        </Upload.Dragger>
        {error && <Alert type="error" showIcon title={error} />}
        <div>
          <Button
            type="primary"
            icon={<CloudUploadOutlined aria-hidden />}
            disabled={!files.length}
            loading={upload.isPending}
            onClick={() => upload.mutate()}
          >
            Tải lên và kiểm tra
          </Button>
        </div>
      </Flex>
    </Card>
  );
}

// The photos of an exemplary model and its ceremonies: thumbnails with a preview (antd Image),
// served from the route behind the login (the stored copies, without location metadata); the
// office uploads more. Ceremony photos stay with the officers, off the public portal.
import { Button, Card, Flex, Image, Input, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { CEREMONY_KIND_LABELS } from '../../../../src/domain/models/vocab';
import { API_BASE } from '../../ui/api';
import { fmtDate } from '../../ui/format';
import type { Saved } from './ModelModals';
import type { Model } from './ModelsPage';
import { IMAGE_TYPES, UploadButton } from './UploadButton';

const photoUrl = (modelId: string, fileId: string) => `${API_BASE}/models/${modelId}/photos/${fileId}`;

function Thumbnails({
  m,
  photos,
  size = 160,
  captions = true,
}: {
  m: Model;
  photos: { fileId: string; alt: string }[];
  size?: number;
  captions?: boolean;
}) {
  return (
    <Image.PreviewGroup>
      <Flex gap={12} wrap>
        {photos.map((p) => (
          <figure key={p.fileId} style={{ margin: 0, width: size }}>
            <Image
              src={photoUrl(m.id, p.fileId)}
              alt={p.alt}
              width={size}
              height={Math.round(size * 0.7)}
              style={{ objectFit: 'cover', borderRadius: 4 }}
            />
            {captions && p.alt ? (
              <figcaption>
                <Typography.Text type="secondary" ellipsis={{ tooltip: p.alt }} style={{ width: size }}>
                  {p.alt}
                </Typography.Text>
              </figcaption>
            ) : null}
          </figure>
        ))}
      </Flex>
    </Image.PreviewGroup>
  );
}

export function PhotosCard({ m, manage, onSaved }: { m: Model; manage: boolean; onSaved: Saved }) {
  const [alt, setAlt] = useState('');
  return (
    <Card title="Ảnh" style={{ marginBottom: 16 }}>
      <Space direction="vertical" style={{ width: '100%' }}>
        {m.photos.length ? (
          <Thumbnails m={m} photos={m.photos} />
        ) : (
          <Typography.Text type="secondary">Chưa có ảnh.</Typography.Text>
        )}
        {manage ? (
          <Space wrap>
            <Input
              aria-label="Mô tả ảnh"
              placeholder="Mô tả ảnh (cho người khiếm thị), bắt buộc"
              style={{ width: 360, maxWidth: '100%' }}
              value={alt}
              maxLength={300}
              onChange={(e) => setAlt(e.target.value)}
            />
            <UploadButton<Model>
              path={`/models/${m.id}/photos`}
              accept={IMAGE_TYPES}
              extra={{ alt: alt.trim() }}
              disabled={!alt.trim()}
              label="Tải ảnh lên (JPEG, PNG)"
              onUploaded={async (x) => {
                setAlt('');
                await onSaved(x, 'Đã thêm ảnh (đã bỏ thông tin vị trí).');
              }}
            />
          </Space>
        ) : null}
      </Space>
    </Card>
  );
}

export function CeremoniesCard({
  m,
  manage,
  onSaved,
  onAdd,
}: {
  m: Model;
  manage: boolean;
  onSaved: Saved;
  onAdd: () => void;
}) {
  return (
    <Card title="Lễ trao tặng, đón nhận" extra={manage ? <Button onClick={onAdd}>Ghi nhận buổi lễ</Button> : null}>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={m.ceremonies}
        locale={{ emptyText: 'Chưa có buổi lễ nào.' }}
        scroll={{ x: 800 }}
        columns={[
          {
            title: 'Buổi lễ',
            dataIndex: 'kind',
            width: 140,
            render: (k: keyof typeof CEREMONY_KIND_LABELS) => CEREMONY_KIND_LABELS[k],
          },
          { title: 'Ngày', dataIndex: 'heldOn', render: fmtDate, width: 110 },
          { title: 'Địa điểm', dataIndex: 'place' },
          { title: 'Người trao', dataIndex: 'presentedBy' },
          {
            title: 'Ảnh (chỉ cán bộ xem)',
            key: 'photos',
            width: 360,
            render: (_: unknown, c) => {
              const when = fmtDate(c.heldOn);
              return (
                <Space direction="vertical">
                  {c.photoFileIds.length ? (
                    <Thumbnails
                      m={m}
                      size={96}
                      captions={false}
                      photos={c.photoFileIds.map((fileId, i) => ({
                        fileId,
                        alt: `Ảnh ${i + 1} buổi lễ ngày ${when}`,
                      }))}
                    />
                  ) : null}
                  {manage ? (
                    <UploadButton<Model>
                      path={`/models/${m.id}/ceremonies/${c.id}/photos`}
                      accept={IMAGE_TYPES}
                      size="small"
                      label="Thêm ảnh"
                      ariaLabel={`Thêm ảnh buổi lễ ngày ${when}`}
                      onUploaded={(x) => onSaved(x, 'Đã thêm ảnh buổi lễ (đã bỏ thông tin vị trí).')}
                    />
                  ) : null}
                </Space>
              );
            },
          },
        ]}
      />
    </Card>
  );
}

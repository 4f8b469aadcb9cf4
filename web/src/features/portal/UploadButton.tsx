// One upload button for the portal's files (article images, model and ceremony photos, library
// documents): posts the chosen file (and any extra fields) and hands the answer on; a refusal is
// shown as the server words it.
import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Upload } from 'antd';
import { api, errorMessage } from '../../ui/api';

export function UploadButton<R>({
  path,
  accept,
  label,
  ariaLabel,
  extra,
  disabled,
  size,
  onUploaded,
}: {
  path: string;
  accept: string;
  label: string;
  ariaLabel?: string;
  extra?: Record<string, string>;
  disabled?: boolean;
  size?: 'small' | 'middle';
  onUploaded: (result: R) => Promise<void>;
}) {
  const { message } = App.useApp();
  return (
    <Upload
      accept={accept}
      showUploadList={false}
      disabled={disabled}
      customRequest={async ({ file, onSuccess, onError }) => {
        const form = new FormData();
        form.append('file', file as File);
        for (const [k, v] of Object.entries(extra ?? {})) form.append(k, v);
        try {
          await onUploaded(await api.upload<R>(path, form));
          onSuccess?.(null);
        } catch (e) {
          void message.error(errorMessage(e));
          onError?.(e as Error);
        }
      }}
    >
      <Button icon={<UploadOutlined aria-hidden />} disabled={disabled} size={size} aria-label={ariaLabel}>
        {label}
      </Button>
    </Upload>
  );
}

export const IMAGE_TYPES = 'image/jpeg,image/png';

// A button that sends one chosen file (with any extra form fields, e.g. a photo's description) to
// an upload endpoint and says what went wrong if the server refuses it. Used for course materials;
// meant too for the legal library's files and the exemplary models' photos.
import { UploadOutlined } from '@ant-design/icons';
import { App, Button, type ButtonProps, Upload } from 'antd';
import type { ReactNode } from 'react';
import { api, errorMessage } from './api';

export function UploadButton<T = unknown>({
  path,
  accept,
  fields,
  disabled,
  size,
  ariaLabel,
  onUploaded,
  children,
}: {
  /** The API path that takes the multipart form (field `file`). */
  path: string;
  /** The file types offered in the picker, e.g. `.pdf,.docx` or `image/jpeg,image/png`. */
  accept?: string;
  /** More form fields sent beside the file. */
  fields?: Record<string, string>;
  disabled?: boolean;
  size?: ButtonProps['size'];
  ariaLabel?: string;
  /** After the server has taken the file (refresh, say so). */
  onUploaded: (result: T) => void | Promise<void>;
  /** The button's text. */
  children: ReactNode;
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
        for (const [k, v] of Object.entries(fields ?? {})) form.append(k, v);
        try {
          const result = await api.upload<T>(path, form);
          await onUploaded(result);
          onSuccess?.(null);
        } catch (e) {
          void message.error(errorMessage(e));
          onError?.(e as Error);
        }
      }}
    >
      <Button size={size} icon={<UploadOutlined aria-hidden />} disabled={disabled} aria-label={ariaLabel}>
        {children}
      </Button>
    </Upload>
  );
}

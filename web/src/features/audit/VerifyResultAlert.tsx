// The result of the audit chain check: success, or every broken range and anchor problem.
import { Alert } from 'antd';
import { fmtNumber } from '../../ui/format';

export interface VerifyResult {
  ok: boolean;
  checked: number;
  brokenAt: number | null;
  /** Every broken range, each with a Vietnamese message. */
  breaks: { from: number; to: number; reason: string; message: string }[];
  anchors: { compared: boolean; count: number; lastSeq: number | null; lastAt: string | null; problems: string[] };
}

export function VerifyResultAlert({ result, onClose }: { result: VerifyResult; onClose: () => void }) {
  return result.ok ? (
    <Alert
      type="success"
      showIcon
      closable={{ 'aria-label': 'Đóng' }}
      onClose={onClose}
      style={{ marginBottom: 16 }}
      title={`Chuỗi nhật ký toàn vẹn (${fmtNumber(result.checked)} bản ghi)`}
      description={`Không bản ghi nào bị sửa, xóa hay chèn thêm; khớp ${fmtNumber(result.anchors.count)} mốc đã ký lưu ngoài cơ sở dữ liệu.`}
    />
  ) : (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 16 }}
      title={
        result.brokenAt === null
          ? 'Không kiểm tra được chuỗi nhật ký với các mốc đã ký'
          : `Chuỗi nhật ký bị phá vỡ từ bản ghi số ${result.brokenAt} (${fmtNumber(result.breaks.length)} chỗ)`
      }
      description={
        <>
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {result.breaks.map((b) => (
              <li key={`${b.reason}-${b.from}-${b.to}`}>{b.message}</li>
            ))}
            {result.anchors.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
          Đã kiểm tra {fmtNumber(result.checked)} bản ghi. Các bản ghi trên đã bị sửa, xóa hoặc chèn ngoài hệ thống. Hãy
          báo ngay cho quản trị hệ thống.
        </>
      }
    />
  );
}

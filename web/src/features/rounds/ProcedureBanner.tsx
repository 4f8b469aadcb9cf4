// The ONE banner of uncertain procedure parameters (issue 9.3): the office sees what the
// administrator still has to confirm for the tenant, by name only (never the doubts, never in a
// document); the administrator gets a link to the catalogue where each is confirmed with the
// province's own decision. Nothing shows once all are confirmed.
import { useQuery } from '@tanstack/react-query';
import { Alert } from 'antd';
import { Link } from 'react-router';
import { api } from '../../ui/api';
import type { ProcedurePending } from './types';
import { procedureRuleKeys } from '../eligibility/keys';

export function ProcedureBanner() {
  const q = useQuery({
    queryKey: procedureRuleKeys.pending(),
    queryFn: () => api.get<ProcedurePending>('/procedure-rules/pending'),
    staleTime: 60_000,
  });
  const items = q.data?.items ?? [];
  if (!items.length) return null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      title="Cần quản trị viên xác nhận theo quy định của tỉnh"
      description={
        <span>
          Các tham số sau đang dùng mức chung toàn quốc, chưa dẫn được quyết định của tỉnh nên văn bản chưa ghi căn cứ:{' '}
          {items.map((i) => i.label.charAt(0).toLocaleLowerCase('vi-VN') + i.label.slice(1)).join('; ')}.{' '}
          {q.data?.canConfirm ? (
            <Link to="/danh-muc">Xác nhận tại Danh mục, quy định</Link>
          ) : (
            'Đề nghị quản trị viên xác nhận, dẫn số, ngày và trích yếu quyết định của tỉnh.'
          )}
        </span>
      }
    />
  );
}

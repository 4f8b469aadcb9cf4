// /sang-kien/:id — one initiative: what it is and who wrote it; for a council member, the scoring
// form per criterion with a vote, or a recusal with its reason; for the office, who has assessed
// (not what), taking it to the council and closing the review with the decision; after closing,
// the result with the rule applied, each member's scores, the certificate and a link to the
// author's verdicts, where a recognised initiative now counts.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Card, Descriptions, Flex, Tag } from 'antd';
import { Link, useParams } from 'react-router';
import { isoDateInVietnam } from '../../../../src/domain/vi-text/index';
import { api, downloadUrl } from '../../ui/api';
import { EvidenceUpload, FileList } from '../rounds/parts';
import { fmtDate } from '../../ui/format';
import { ButtonLink, LoadError, PageHeader, PageSkeleton, useDocumentTitle } from '../../ui/page';
import { initiativeKeys } from './keys';
import { INITIATIVE_COUNCIL_ROLE_LABELS, shareText, STATUS_COLOURS, type InitiativeDetail, num } from './types';
import { AssessForm, MyAssessment } from './AssessCard';
import { OfficeCard, ResultCard } from './OfficeCards';

/** The author's verdicts for the year of the decision (or this year), CSTĐCS opened. */
export function authorVerdictsLink(d: InitiativeDetail): string {
  const date = d.decidedOn ?? isoDateInVietnam(new Date());
  return `/ca-nhan/${d.author.personId}?tab=de-nghi&award=CSTD_CS&period=${date.slice(0, 4)}&decisionDate=${date}`;
}

export function InitiativePage() {
  const qc = useQueryClient();
  const { id = '' } = useParams();
  const q = useQuery({
    queryKey: initiativeKeys.detail(id),
    queryFn: () => api.get<InitiativeDetail>(`/initiative-applications/${id}`),
  });
  useDocumentTitle(q.data?.title ?? 'Sáng kiến');
  if (q.isPending) return <PageSkeleton />;
  if (q.error) return <LoadError error={q.error} onRetry={() => q.refetch()} />;
  const d = q.data;
  const closed = d.status === 'recognised' || d.status === 'refused';
  return (
    <>
      <PageHeader
        title={d.title}
        subtitle={
          <Tag color={STATUS_COLOURS[d.status]} style={{ marginTop: 4 }}>
            {d.statusLabel}
          </Tag>
        }
        actions={
          <ButtonLink to="/sang-kien" icon={<ArrowLeftOutlined aria-hidden />}>
            Danh sách sáng kiến
          </ButtonLink>
        }
      />
      {closed && d.result && <ResultCard d={d} />}
      {d.member && d.status === 'reviewing' && (d.mine ? <MyAssessment d={d} /> : <AssessForm d={d} />)}
      {d.manage && <OfficeCard d={d} />}
      <Card title="Thông tin sáng kiến" style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            {
              key: 'author',
              label: 'Tác giả',
              children: (
                <span>
                  <Link to={`/ca-nhan/${d.author.personId}`}>{d.author.fullName}</Link>
                  {d.author.position ? `, ${d.author.position}` : ''}
                </span>
              ),
            },
            { key: 'org', label: 'Đơn vị', children: d.author.orgName ?? '—' },
            { key: 'scope', label: 'Phạm vi ảnh hưởng', children: d.scopeLabel },
            { key: 'from', label: 'Áp dụng từ', children: fmtDate(d.appliedFrom) },
            {
              key: 'rule',
              label: 'Quy tắc công nhận',
              span: 2,
              children: (
                <span>
                  Ít nhất {shareText(d.rule.share)} tổng số thành viên (không tính thành viên không tham gia do xung đột
                  lợi ích) đồng ý
                  {d.rule.minAverage !== null ? `, điểm bình quân ít nhất ${num(d.rule.minAverage)}` : ''}.
                  <br />
                  <small className="muted">{d.rule.basis}</small>
                </span>
              ),
            },
            {
              key: 'criteria',
              label: 'Tiêu chí chấm',
              span: 2,
              children: d.criteria.map((c) => `${c.label} (${num(c.maxPoints)})`).join('; '),
            },
            { key: 'desc', label: 'Mô tả', span: 2, children: <span className="pre-line">{d.description}</span> },
            {
              key: 'files',
              label: 'Tệp minh chứng',
              span: 2,
              children: (
                <>
                  <FileList
                    files={d.files ?? []}
                    hrefOf={(f) => downloadUrl(`/initiative-applications/${d.id}/files/${f.id}`)}
                  />
                  {d.manage && (d.status === 'submitted' || d.status === 'reviewing') && (
                    <EvidenceUpload
                      path={`/initiative-applications/${d.id}/files`}
                      label="Tải lên minh chứng"
                      onDone={() => void qc.invalidateQueries({ queryKey: initiativeKeys.all })}
                    />
                  )}
                </>
              ),
            },
            {
              key: 'council',
              label: 'Hội đồng',
              span: 2,
              children: d.council.map((m) => `${m.fullName} (${INITIATIVE_COUNCIL_ROLE_LABELS[m.role]})`).join('; '),
            },
          ]}
        />
        <Flex gap={8} wrap style={{ marginTop: 12 }}>
          <ButtonLink to={authorVerdictsLink(d)}>Điều kiện thi đua của tác giả (Chiến sĩ thi đua cơ sở)</ButtonLink>
        </Flex>
      </Card>
    </>
  );
}

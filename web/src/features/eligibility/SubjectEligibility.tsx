// The "Có thể đề nghị trong kỳ" card on a person's page and on an organisation's detail panel.
import { Descriptions, Typography } from 'antd';
import { fmtNumber } from '../../ui/format';
import { useOrganisations } from '../../ui/orgs';
import type { OrganisationDetail, Person } from '../../ui/types';
import { orgPeriodKind, orgSubjectKind } from './labels';
import type { Members, OrgEligibility } from './types';
import { EligibilityCard, type EligibilityStart } from './VerdictList';

/** The person page's tab: starts on the period (and award) given by a bulk-check link, if any. */
export function PersonEligibility({ person, initial }: { person: Person; initial?: EligibilityStart }) {
  const { index } = useOrganisations();
  const kind = orgPeriodKind(person.orgId ? index.byId.get(person.orgId)?.type : undefined);
  return (
    <EligibilityCard
      key={kind}
      bare
      initial={initial}
      path={`/people/${person.id}/eligibility`}
      defaultKind={kind}
      subject={{ id: person.id, name: person.fullName, kindFor: () => 'individual', auditEntity: 'person' }}
    />
  );
}

function Composition({ members, period }: { members: Members; period: string }) {
  return (
    <div style={{ marginBottom: 12 }}>
      <Typography.Text strong style={{ display: 'block', marginBottom: 6 }}>
        Thành phần tập thể tính từ dữ liệu ({period.includes('-') ? 'năm học' : 'năm'} {period})
      </Typography.Text>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, sm: 2 }}
        items={[
          { key: 'total', label: 'Tổng số', children: fmtNumber(members.total) },
          { key: 'completed', label: 'Hoàn thành nhiệm vụ', children: fmtNumber(members.completedTasks) },
          { key: 'ldtt', label: 'Lao động tiên tiến', children: fmtNumber(members.ldtt) },
          { key: 'cstdcs', label: 'Chiến sĩ thi đua cơ sở', children: fmtNumber(members.cstdcs) },
          {
            key: 'canhcao',
            label: 'Bị kỷ luật từ cảnh cáo trở lên',
            children: fmtNumber(members.disciplined.canh_cao_or_above),
          },
          { key: 'any', label: 'Bị kỷ luật (mọi hình thức)', children: fmtNumber(members.disciplined.any) },
        ]}
      />
    </div>
  );
}

export function OrganisationEligibility({ org }: { org: OrganisationDetail }) {
  const kind = orgPeriodKind(org.type);
  return (
    <EligibilityCard<OrgEligibility>
      key={kind}
      path={`/organisations/${org.id}/eligibility`}
      defaultKind={kind}
      subject={{
        id: org.id,
        name: org.name,
        kindFor: (award) => orgSubjectKind(org.type, award),
        auditEntity: 'organisation',
      }}
      extra={(d) => (d.members ? <Composition members={d.members} period={d.period} /> : null)}
    />
  );
}

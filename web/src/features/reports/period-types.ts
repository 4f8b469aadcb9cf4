// The period report as the API returns it, and the small formatters its cards share.
export type Kind = 'year' | 'half';
export type Headline = Record<string, number>;

export interface AwardLine {
  code: string;
  name: string;
  level: 'state' | 'province' | 'local';
  category: 'title' | 'form';
  individuals: number;
  collectives: number;
  households: number;
  total: number;
}

export interface PeriodReport {
  id: string | null;
  unit: { id: string; code: string; name: string };
  receiver: string;
  parentInSystem: boolean;
  year: number;
  kind: Kind;
  kindLabel: string;
  subject: string;
  period: { from: string; to: string };
  status: 'draft' | 'submitted';
  version: number;
  narrative: Record<string, string>;
  sections: { key: string; label: string }[];
  figures: {
    movements: Record<string, number>;
    registrations: Record<string, number>;
    awards: Record<string, number>;
    awardLines: AwardLine[];
    initiatives: Record<string, number>;
    clusters: { name: string; members: number; leaders: string[]; ownRank: number | null }[];
    khenCao: { sent: number; awarded: number; pending: number };
    share: {
      individuals: number;
      previousIndividuals: number;
      lines: { key: string; label: string; current: number; previous: number }[];
    };
    /** Inspections, training, conferences and petitions, counted from their records. */
    oversight: {
      inspections: {
        planned: number;
        conducted: number;
        concluded: number;
        recommendations: number;
        openRecommendations: number;
      };
      trainings: { planned: number; held: number; attendees: number };
      conferences: { total: number; soKet: number; tongKet: number; cluster: number; ceremony: number };
      petitions: { received: number; settled: number; notAccepted: number; pending: number };
    };
  };
  submittedAt: string | null;
  updatedAt: string | null;
  versions: { version: number; editedAt: string; editorName: string | null }[];
  units: {
    id: string;
    code: string;
    name: string;
    status: 'none' | 'draft' | 'submitted';
    submittedAt: string | null;
    headline: Headline | null;
  }[];
  rollup: { submitted: number; total: number; totals: Headline; labels: { key: string; label: string }[] };
  canEdit: boolean;
}

export const LEVEL: Record<AwardLine['level'], string> = {
  state: 'Cấp Nhà nước',
  province: 'Cấp tỉnh',
  local: 'Cấp cơ sở',
};
export const STATUS: Record<PeriodReport['units'][number]['status'], { color: string; text: string }> = {
  none: { color: 'default', text: 'Chưa lập' },
  draft: { color: 'orange', text: 'Đang soạn, chưa gửi' },
  submitted: { color: 'green', text: 'Đã gửi' },
};
export const n = (v: number) => v.toLocaleString('vi-VN');
export const pct = (a: number, b: number) =>
  b > 0 ? `${(Math.round((a * 1000) / b) / 10).toLocaleString('vi-VN')}%` : '-';

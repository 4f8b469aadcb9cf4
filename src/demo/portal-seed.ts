// Demo data of the public portal (issue 12): exemplary models drawn from the demo history (the
// people, collectives and households with the most awards), each with a recorded consent, a story
// and its awards; two ceremonies; published news; the legal library with a file each.
import { createHash } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import { and, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import * as s from '../db/schema.js';
import { publicSlug } from '../domain/models/index.js';
import { awardName } from '../domain/registry/vocab.js';
import { isoDateInVietnam, searchKey } from '../domain/vi-text/index.js';

const COMMUNE_TYPES = new Set(['commune', 'ward', 'special_zone']);
const FIELDS = ['giao_duc', 'kinh_te', 'nguoi_tot_viec_tot', 'y_te', 'van_hoa_xa_hoi', 'xay_dung_nong_thon_moi'];

/** A one-page PDF holding ASCII lines (the library's demo files). */
function tinyPdf(lines: string[]): Uint8Array {
  const esc = (t: string) => t.replace(/[\\()]/g, '\\$&');
  const text = lines.map((l, i) => `BT /F1 12 Tf 56 ${780 - i * 18} Td (${esc(l)}) Tj ET`).join('\n');
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

/**
 * A small PNG drawn here (a sky, hills and a sun in the given hue): the demo's photos of models and
 * ceremonies, so the officers' thumbnails and the public pages are not empty. No metadata.
 */
function demoPhoto(hue: number, w = 320, h = 220): Uint8Array {
  const rgb = (r: number, g: number, b: number) => [r, g, b].map((v) => Math.max(0, Math.min(255, Math.round(v))));
  const raw = Buffer.alloc((w * 3 + 1) * h);
  const sunX = w * (0.25 + (hue % 50) / 100);
  for (let y = 0; y < h; y++) {
    raw[y * (w * 3 + 1)] = 0;
    for (let x = 0; x < w; x++) {
      const hill = h * 0.62 + Math.sin((x / w) * Math.PI * 2 + hue) * h * 0.08;
      const sun = (x - sunX) ** 2 + (y - h * 0.28) ** 2 < (h * 0.1) ** 2;
      const px = sun
        ? rgb(250, 200, 60)
        : y > hill
          ? rgb(40 + hue / 4, 120 + (y / h) * 60, 60)
          : rgb(120 + (y / h) * 80, 170 + (y / h) * 50, 230);
      raw.set(px, y * (w * 3 + 1) + 1 + x * 3);
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(raw)),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

function story(name: string, kind: string, awards: string[], unit: string | null): string {
  const list = [...new Set(awards)].slice(0, 3).join(', ');
  if (kind === 'household')
    return `${name} là hộ gia đình tiêu biểu của ${unit ?? 'địa phương'}, nhiều năm liền giữ vững danh hiệu và đi đầu trong các phong trào của thôn, bản.\n\nGia đình mạnh dạn chuyển đổi cây trồng, vật nuôi, hướng dẫn bà con cùng làm, góp công, góp đất làm đường nội đồng và nhà văn hóa.\n\nThành tích ghi nhận: ${list}.`;
  if (kind === 'collective')
    return `${name} là tập thể tiêu biểu, đoàn kết, hoàn thành xuất sắc nhiệm vụ nhiều năm liền.\n\nTập thể chủ động cải tiến cách làm, ứng dụng công nghệ thông tin trong giải quyết công việc, phục vụ người dân ngày càng tốt hơn.\n\nThành tích ghi nhận: ${list}.`;
  return `${name}${unit ? ` (${unit})` : ''} luôn tận tụy với công việc, gương mẫu trong lối sống, được đồng nghiệp và nhân dân tin yêu.\n\nNhiều năm liền hoàn thành xuất sắc nhiệm vụ, có sáng kiến được áp dụng, nhiệt tình giúp đỡ đồng nghiệp và tham gia các hoạt động thiện nguyện tại địa phương.\n\nThành tích ghi nhận: ${list}.`;
}

export async function seedPortalDemo(tx: Tx, t: string, now: Date) {
  const today = isoDateInVietnam(now);
  const orgs = await tx
    .select({
      id: s.organisations.id,
      parentId: s.organisations.parentId,
      type: s.organisations.type,
      name: s.organisations.name,
    })
    .from(s.organisations)
    .where(eq(s.organisations.tenantId, t));
  const byId = new Map(orgs.map((o) => [o.id, o]));
  const areaOf = (orgId: string | null) => {
    let o = orgId ? byId.get(orgId) : undefined;
    while (o && !COMMUNE_TYPES.has(o.type)) o = o.parentId ? byId.get(o.parentId) : undefined;
    return o ?? null;
  };
  const [admin] = await tx
    .select({ id: s.users.id })
    .from(s.users)
    .where(eq(s.users.tenantId, t))
    .orderBy(sql`case when ${s.users.username} = 'admin' then 0 else 1 end`)
    .limit(1);
  if (!admin) return;
  const by = admin.id;

  // The subjects with the most awards, per kind.
  const top = async (kind: 'individual' | 'collective' | 'household', n: number) =>
    tx
      .select({
        personId: s.awardRecords.personId,
        orgId: s.awardRecords.orgId,
        householdId: s.awardRecords.householdId,
        subjectOrgId: sql<string | null>`max(${s.awardRecords.subjectOrgId}::text)`,
        n: count(),
      })
      .from(s.awardRecords)
      .where(
        and(eq(s.awardRecords.tenantId, t), eq(s.awardRecords.subjectKind, kind), isNull(s.awardRecords.revokedOn)),
      )
      .groupBy(s.awardRecords.personId, s.awardRecords.orgId, s.awardRecords.householdId)
      .orderBy(desc(count()))
      .limit(n);
  const subjects = [
    ...(await top('individual', 8)).map((r) => ({ kind: 'individual' as const, ...r })),
    ...(await top('collective', 2)).map((r) => ({ kind: 'collective' as const, ...r })),
    ...(await top('household', 2)).map((r) => ({ kind: 'household' as const, ...r })),
  ];
  const personIds = subjects.flatMap((x) => (x.personId ? [x.personId] : []));
  const householdIds = subjects.flatMap((x) => (x.householdId ? [x.householdId] : []));
  const personName = new Map(
    personIds.length
      ? (
          await tx
            .select({ id: s.people.id, name: s.people.fullName, orgId: s.people.orgId })
            .from(s.people)
            .where(and(eq(s.people.tenantId, t), inArray(s.people.id, personIds)))
        ).map((p) => [p.id, p])
      : [],
  );
  const householdName = new Map(
    householdIds.length
      ? (
          await tx
            .select({ id: s.households.id, name: s.households.headName, orgId: s.households.villageOrgId })
            .from(s.households)
            .where(and(eq(s.households.tenantId, t), inArray(s.households.id, householdIds)))
        ).map((h) => [h.id, h])
      : [],
  );

  const modelIds: { id: string; name: string }[] = [];
  let i = 0;
  for (const sub of subjects) {
    const subjectId = (sub.personId ?? sub.orgId ?? sub.householdId)!;
    const col =
      sub.kind === 'individual'
        ? s.awardRecords.personId
        : sub.kind === 'collective'
          ? s.awardRecords.orgId
          : s.awardRecords.householdId;
    const awards = await tx
      .select({ id: s.awardRecords.id, code: s.awardRecords.awardCode })
      .from(s.awardRecords)
      .where(and(eq(s.awardRecords.tenantId, t), eq(col, subjectId), isNull(s.awardRecords.revokedOn)));
    let name: string;
    let unitOrgId: string | null;
    if (sub.kind === 'individual') {
      const p = personName.get(subjectId);
      name = p?.name ?? '';
      unitOrgId = p?.orgId ?? sub.subjectOrgId;
    } else if (sub.kind === 'household') {
      const hh = householdName.get(subjectId);
      name = `Hộ ông (bà) ${hh?.name ?? ''}`;
      unitOrgId = hh?.orgId ?? null;
    } else {
      name = byId.get(subjectId)?.name ?? '';
      unitOrgId = byId.get(subjectId)?.parentId ?? null;
    }
    const area = areaOf(sub.kind === 'collective' ? subjectId : unitOrgId) ?? areaOf(sub.subjectOrgId);
    if (!name || !area) continue;
    const unitName = unitOrgId ? (byId.get(unitOrgId)?.name ?? null) : null;
    const id = crypto.randomUUID();
    const field = FIELDS[i % FIELDS.length];
    const headline =
      sub.kind === 'household'
        ? 'Hộ gia đình làm kinh tế giỏi, gương mẫu trong phong trào xây dựng nông thôn mới'
        : sub.kind === 'collective'
          ? 'Tập thể nhiều năm liền hoàn thành xuất sắc nhiệm vụ'
          : 'Tận tụy với công việc, nhiều năm liền là chiến sĩ thi đua';
    const publishedAt = new Date(now.getTime() - (20 + i) * 86_400_000);
    await tx.insert(s.exemplaryModels).values({
      tenantId: t,
      id,
      slug: publicSlug(name, `dh${String(i + 1).padStart(2, '0')}`),
      kind: sub.kind,
      personId: sub.personId,
      orgId: sub.orgId,
      householdId: sub.householdId,
      name,
      unitName,
      areaOrgId: area.id,
      field,
      headline,
      story: story(
        name,
        sub.kind,
        awards.map((a) => awardName(a.code)),
        unitName,
      ),
      origin: 'suggested',
      fostering: {
        year: Number(today.slice(0, 4)),
        criteria: [
          { text: 'Hoàn thành xuất sắc nhiệm vụ được giao', met: true },
          { text: 'Có sáng kiến hoặc cách làm mới được nhân rộng', met: false },
        ],
        milestones: [
          {
            title: 'Gặp mặt, trao đổi kế hoạch bồi dưỡng',
            dueOn: `${today.slice(0, 4)}-03-31`,
            doneOn: `${today.slice(0, 4)}-03-20`,
          },
          { title: 'Tuyên truyền câu chuyện trên đài truyền thanh', dueOn: `${today.slice(0, 4)}-09-30`, doneOn: null },
        ],
      },
      status: 'published',
      publishedAt,
      searchKey: searchKey(`${name} ${unitName ?? ''} ${headline}`),
      createdBy: by,
      createdAt: publishedAt,
      updatedAt: publishedAt,
    });
    if (awards.length)
      await tx
        .insert(s.modelAchievements)
        .values(awards.map((a) => ({ tenantId: t, modelId: id, awardRecordId: a.id })));
    await tx.insert(s.modelConsents).values({
      tenantId: t,
      id: crypto.randomUUID(),
      modelId: id,
      givenBy:
        sub.kind === 'collective'
          ? `Thủ trưởng ${name}`
          : sub.kind === 'household'
            ? name.replace('Hộ ông (bà) ', '')
            : name,
      capacity: sub.kind === 'individual' ? 'Bản thân' : sub.kind === 'household' ? 'Chủ hộ' : 'Thủ trưởng đơn vị',
      givenOn: isoDateInVietnam(new Date(publishedAt.getTime() - 5 * 86_400_000)),
      purposes:
        'Đăng họ tên, đơn vị, câu chuyện, ảnh và thành tích khen thưởng trên cổng thông tin thi đua, khen thưởng và đài truyền thanh.',
      recordedBy: by,
      recordedAt: publishedAt,
    });
    // A photo for the first models, and one for each ceremony (the officers' only).
    const photo = async (ownerType: string, ownerId: string, fileName: string, hue: number) => {
      const bytes = demoPhoto(hue);
      const fileId = crypto.randomUUID();
      await tx.insert(s.files).values({
        tenantId: t,
        id: fileId,
        ownerType,
        ownerId,
        fileName,
        mime: 'image/png',
        size: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        content: bytes,
        uploadedBy: by,
        createdAt: publishedAt,
      });
      return fileId;
    };
    if (i < 4) {
      const fileId = await photo('model_photo', id, `anh-${i + 1}.png`, 40 + i * 37);
      await tx.insert(s.modelPhotos).values({
        tenantId: t,
        id: crypto.randomUUID(),
        modelId: id,
        fileId,
        alt: `${name} (ảnh minh họa)`,
        ordinal: 0,
        createdAt: publishedAt,
      });
    }
    if (i < 2) {
      const ceremonyId = crypto.randomUUID();
      await tx.insert(s.modelCeremonies).values({
        tenantId: t,
        id: ceremonyId,
        modelId: id,
        kind: i === 0 ? 'trao_tang' : 'don_nhan',
        heldOn: isoDateInVietnam(new Date(publishedAt.getTime() + 3 * 86_400_000)),
        place: `Hội trường ${area.name}`,
        presentedBy: `Chủ tịch UBND ${area.name}`,
        note: 'Hội nghị biểu dương điển hình tiên tiến.',
        photoFileIds: [await photo('ceremony_photo', ceremonyId, `le-${i + 1}.png`, 120 + i * 50)],
        createdBy: by,
        createdAt: publishedAt,
      });
    }
    modelIds.push({ id, name });
    i++;
  }

  // News: published articles, one per quarter of the year, linked to models.
  const [anyArea] = orgs.filter((o) => COMMUNE_TYPES.has(o.type));
  const root = orgs.find((o) => o.parentId === null);
  const newsOrg = anyArea ?? root;
  if (newsOrg) {
    // The commune's standing officer writes; its chairman (or, failing one, another officer or the
    // administrator) approves: no one approves their own article.
    const holder = async (role: 'officer' | 'signer') => {
      const [u] = await tx
        .select({ id: s.users.id })
        .from(s.users)
        .innerJoin(s.roleGrants, and(eq(s.roleGrants.tenantId, t), eq(s.roleGrants.userId, s.users.id)))
        .where(and(eq(s.users.tenantId, t), eq(s.roleGrants.role, role), eq(s.roleGrants.orgId, newsOrg.id)))
        .orderBy(s.users.username)
        .limit(1);
      return u?.id;
    };
    const writer = (await holder('officer')) ?? by;
    const reviewer = (await holder('signer')) ?? by;
    const news = [
      {
        title: 'Biểu dương điển hình tiên tiến trong phong trào thi đua yêu nước',
        summary: 'Hội nghị biểu dương các cá nhân, tập thể, hộ gia đình tiêu biểu, lan tỏa những cách làm hay.',
        body: '## Những tấm gương bình dị\nHội nghị đã biểu dương các gương điển hình tiêu biểu trong lao động, sản xuất, học tập.\n\n- Chia sẻ cách làm hay\n- Trao Giấy khen cho các điển hình\n\nCác điển hình là nguồn cổ vũ để phong trào thi đua lan tỏa rộng khắp.',
      },
      {
        title: 'Phát động phong trào thi đua “Cả nước chung tay xây dựng nông thôn mới”',
        summary: 'Các thôn, bản đăng ký thi đua, cam kết hoàn thành tiêu chí nông thôn mới trong năm.',
        body: 'Ngay sau lễ phát động, các thôn, bản đã đăng ký giao ước thi đua.\n\nBan Chỉ đạo sẽ sơ kết giữa kỳ và tổng kết, khen thưởng kịp thời các tập thể, cá nhân có thành tích xuất sắc.',
      },
      {
        title: 'Công khai danh sách đề nghị khen thưởng để nhân dân góp ý',
        summary:
          'Danh sách đề nghị khen thưởng được niêm yết công khai trên cổng thông tin để nhân dân theo dõi, góp ý.',
        body: 'Người dân có thể xem danh sách và gửi ý kiến ngay trên cổng thông tin, không cần đăng nhập.\n\nMỗi ý kiến được cấp mã tra cứu để theo dõi kết quả giải quyết.',
      },
    ];
    let k = 0;
    for (const a of news) {
      const at = new Date(now.getTime() - (5 + k * 30) * 86_400_000);
      await tx.insert(s.articles).values({
        tenantId: t,
        id: crypto.randomUUID(),
        slug: publicSlug(a.title, `tt${k + 1}`),
        orgId: newsOrg.id,
        title: a.title,
        summary: a.summary,
        bodyHtml: a.body,
        status: 'published',
        modelId: modelIds[k]?.id ?? null,
        publishedAt: at,
        searchKey: searchKey(`${a.title} ${a.summary}`),
        createdBy: writer,
        editorIds: [writer],
        reviewedBy: reviewer === writer ? null : reviewer,
        createdAt: at,
        updatedAt: at,
      });
      k++;
    }
    await tx.insert(s.articles).values({
      tenantId: t,
      id: crypto.randomUUID(),
      slug: publicSlug('Bản nháp tin bài quý này', 'tt9'),
      orgId: newsOrg.id,
      title: 'Bản nháp: kết quả phong trào thi đua quý này',
      summary: 'Bản nháp chờ duyệt.',
      bodyHtml: 'Nội dung đang soạn.',
      status: 'review',
      searchKey: searchKey('Bản nháp kết quả phong trào thi đua quý này'),
      createdBy: writer,
      editorIds: [writer],
      createdAt: now,
      updatedAt: now,
    });
  }

  // The legal library.
  const docs = [
    {
      kind: 'luat',
      number: '06/2022/QH15',
      title: 'Luật Thi đua, khen thưởng',
      issuer: 'Quốc hội',
      issuedOn: '2022-06-15',
      effectiveOn: '2024-01-01',
      summary: 'Luật quy định về đối tượng, nguyên tắc, nội dung thi đua, danh hiệu thi đua, hình thức khen thưởng.',
    },
    {
      kind: 'nghi_dinh',
      number: '152/2025/NĐ-CP',
      title: 'Nghị định quy định chi tiết một số điều của Luật Thi đua, khen thưởng',
      issuer: 'Chính phủ',
      issuedOn: '2025-06-14',
      effectiveOn: '2025-07-01',
      summary:
        'Thay thế Nghị định 98/2023/NĐ-CP; quy định chi tiết và phân cấp, phân quyền trong thi đua, khen thưởng.',
    },
    {
      kind: 'thong_tu',
      number: '15/2025/TT-BNV',
      title: 'Thông tư quy định biện pháp thi hành Luật Thi đua, khen thưởng',
      issuer: 'Bộ Nội vụ',
      issuedOn: '2025-08-04',
      effectiveOn: null,
      summary: null,
    },
    {
      kind: 'nghi_dinh',
      number: '86/2023/NĐ-CP',
      title:
        'Nghị định quy định khung tiêu chuẩn và trình tự, thủ tục, hồ sơ xét tặng danh hiệu “Gia đình văn hóa”, “Thôn, tổ dân phố văn hóa”, “Xã, phường, thị trấn tiêu biểu”',
      issuer: 'Chính phủ',
      issuedOn: '2023-12-07',
      effectiveOn: '2024-01-30',
      summary: null,
    },
  ];
  for (const d of docs) {
    const id = crypto.randomUUID();
    const fileId = crypto.randomUUID();
    const bytes = tinyPdf([
      `${d.number}`,
      'Ban trinh dien: tep minh hoa, xem ban goc tai Cong thong tin dien tu Chinh phu.',
    ]);
    await tx.insert(s.files).values({
      tenantId: t,
      id: fileId,
      ownerType: 'legal_document',
      ownerId: id,
      fileName: `${d.number.replace(/\//g, '-')}.pdf`,
      mime: 'application/pdf',
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      content: bytes,
      uploadedBy: by,
      createdAt: now,
    });
    await tx.insert(s.legalDocuments).values({
      tenantId: t,
      id,
      ...d,
      fileId,
      published: true,
      searchKey: searchKey(`${d.number} ${d.title} ${d.issuer}`),
      createdBy: by,
      createdAt: now,
    });
  }
  return { models: modelIds.length };
}

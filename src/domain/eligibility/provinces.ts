// Rule sets of the provinces of the seed plans (Điện Biên, Hải Phòng, Lạng Sơn, Ninh Bình, Sơn La).
//
// Rule: a provincial rule is encoded only from a text actually read, quoting its article in the
// criterion's basis (see BAC_NINH_2025 in rulesets.ts). Public sources were searched on
// 07/12/2026 (stored copies of public pages: legal-text portals, provincial sites, news) for each
// province's regulation on emulation and commendation issued under Law 06/2022 and NĐ 98/2023 or
// NĐ 152/2025. What was found is listed in `sources` with its address and how much of it could be
// read. For none of these five provinces could the articles on criteria, competence, deadlines or
// quotas be read, so each set replaces nothing (`coverage: 'national'`): the national rules apply
// and the set says so. When the administrator reads the province's text, each differing number is
// set as a dated parameter override citing it (the catalogue's parameter screen), and a criterion
// the parameters cannot express is added here as data with its article.
//
// From 01/7/2025 some provinces were merged (Hải Dương into Hải Phòng; Hà Nam and Nam Định into
// Ninh Bình). Former names are not aliases here: a decision before that date fell under the former
// province's rules, which were not searched.
import type { ProvincialRuleSet } from './rule-model.js';

const CHECKED_ON = '2026-12-07';

/** The set of a province whose text could not be read: national rules apply, and it says so. */
function nationalOnly(
  scope: string,
  provinceName: string,
  aliases: string[],
  sources: ProvincialRuleSet['sources'],
): ProvincialRuleSet {
  return {
    id: `${scope}-quy-dinh-chung`,
    name: `Quy định thi đua, khen thưởng áp dụng tại ${provinceName}`,
    citation: `Chưa có quy định riêng của UBND ${provinceName} trong hệ thống: áp dụng quy định chung của Trung ương`,
    // Law 06/2022 is in force from 01/01/2024; the national sets cover every date from then.
    effectiveFrom: '2024-01-01',
    effectiveTo: null,
    scope,
    aliases,
    provinceName,
    coverage: 'national',
    notice: `Chưa có quy định riêng của UBND ${provinceName} trong hệ thống. Các danh hiệu thi đua, hình thức khen thưởng được xét theo quy định chung của Trung ương (Luật Thi đua, khen thưởng và các nghị định, thông tư hướng dẫn).`,
    sources,
    checkedOn: CHECKED_ON,
    awards: {},
  };
}

const OLD_LAW_NOTE =
  'Ban hành theo Luật Thi đua, khen thưởng 2003 và các nghị định hướng dẫn đã được thay thế từ 01/01/2024 (Luật Thi đua, khen thưởng 2022); không dùng làm căn cứ xét. Chưa tìm thấy văn bản thay thế của tỉnh.';

export const DIEN_BIEN: ProvincialRuleSet = nationalOnly(
  'dien_bien',
  'tỉnh Điện Biên',
  ['dien-bien', 'dienbien', 'điện biên'],
  [
    {
      number: '11/2020/QĐ-UBND',
      issuer: 'UBND tỉnh Điện Biên',
      title: 'Ban hành Quy định về công tác thi đua, khen thưởng trên địa bàn tỉnh Điện Biên',
      issuedOn: '2020-07-27',
      effectiveFrom: '2020-08-05',
      url: 'https://hethongphapluat.com/quyet-dinh-11-2020-qd-ubnd-quy-dinh-ve-cong-tac-thi-dua-khen-thuong-tren-dia-ban-tinh-dien-bien.html',
      read: 'opening',
      status: 'old_law',
      note: `Đọc được phần mở đầu: căn cứ Luật Thi đua, khen thưởng 2003 (sửa đổi 2005, 2013) và Nghị định 91/2017/NĐ-CP; Điều 2: hiệu lực từ 05/8/2020. ${OLD_LAW_NOTE}`,
    },
  ],
);

export const HAI_PHONG: ProvincialRuleSet = nationalOnly(
  'hai_phong',
  'thành phố Hải Phòng',
  ['hai-phong', 'haiphong', 'hải phòng'],
  [
    {
      number: '3998/QĐ-UBND',
      issuer: 'Chủ tịch UBND thành phố Hải Phòng',
      title:
        'Về việc công bố thủ tục hành chính nội bộ giữa các cơ quan hành chính nhà nước lĩnh vực thi đua, khen thưởng thuộc phạm vi, chức năng quản lý của Sở Nội vụ',
      issuedOn: '2025-10-07',
      effectiveFrom: null,
      url: 'http://www.hethongphapluat.vn/quyet-dinh-3998-qd-ubnd-nam-2025-cong-bo-thu-tuc-hanh-chinh-noi-bo-giua-cac-co-quan-hanh-chinh-nha-nuoc-linh-vuc-thi-dua-khen-thuong-thuoc-pham-vi-chuc-nang-quan-ly-cua-so-noi-vu-thanh-pho-hai-phong.html',
      read: 'opening',
      status: 'procedures',
      note: 'Chỉ công bố thủ tục hành chính nội bộ, không quy định tiêu chuẩn, thẩm quyền hay tỷ lệ khen thưởng. Chưa tìm thấy quy định về công tác thi đua, khen thưởng của thành phố ban hành theo Luật Thi đua, khen thưởng 2022.',
    },
  ],
);

export const LANG_SON: ProvincialRuleSet = nationalOnly(
  'lang_son',
  'tỉnh Lạng Sơn',
  ['lang-son', 'langson', 'lạng sơn'],
  [
    {
      number: '30/2014/QĐ-UBND',
      issuer: 'UBND tỉnh Lạng Sơn',
      title: 'Ban hành Quy định về công tác thi đua, khen thưởng trên địa bàn tỉnh Lạng Sơn',
      issuedOn: '2014-12-30',
      effectiveFrom: null,
      url: 'https://ls1.hethongphapluat.com/quyet-dinh-30-2014-qd-ubnd-ve-cong-tac-thi-dua-khen-thuong-tren-dia-ban-tinh-lang-son.html',
      read: 'opening',
      status: 'old_law',
      note: `Đọc được phần mở đầu: căn cứ Luật Thi đua, khen thưởng 2003 (sửa đổi 2005, 2013), các Nghị định 42/2010/NĐ-CP, 39/2012/NĐ-CP, 65/2014/NĐ-CP. ${OLD_LAW_NOTE}`,
    },
  ],
);

export const NINH_BINH: ProvincialRuleSet = nationalOnly(
  'ninh_binh',
  'tỉnh Ninh Bình',
  ['ninh-binh', 'ninhbinh', 'ninh bình'],
  [
    {
      number: '150/2025/QĐ-UBND',
      issuer: 'UBND tỉnh Ninh Bình',
      title: 'Ban hành Quy định một số nội dung công tác khen thưởng trên địa bàn tỉnh Ninh Bình',
      issuedOn: '2025-10-30',
      effectiveFrom: '2025-11-10',
      url: 'https://nhansu.vn/van-ban-phap-luat/Quyet-dinh-150-2025-QD-UBND-Quy-dinh-noi-dung-cong-tac-khen-thuong-Ninh-Binh-679181.html',
      read: 'opening',
      status: 'current',
      note: 'Văn bản hiện hành: căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15, Nghị định 152/2025/NĐ-CP và Thông tư 15/2025/TT-BNV; Điều 2: hiệu lực từ 10/11/2025 và làm hết hiệu lực một số quyết định trước (danh sách chưa đọc được). Chỉ đọc được phần mở đầu, chưa đọc được các điều của Quy định (tiêu chuẩn, thẩm quyền, hồ sơ, thời hạn): chưa đưa nội dung nào vào hệ thống. Cần đối chiếu toàn văn, rồi điều chỉnh từng tham số khác quy định chung và dẫn chiếu quyết định này.',
    },
    {
      number: '09/2018/QĐ-UBND',
      issuer: 'UBND tỉnh Ninh Bình',
      title: 'Ban hành Quy chế Thi đua, khen thưởng trên địa bàn tỉnh Ninh Bình',
      issuedOn: '2018-06-04',
      effectiveFrom: '2018-06-15',
      url: 'https://phapluatcongdong.vn/van-ban/quyet-dinh-09-2018-qd-ubnd-ban-hanh-tinh-ninh-binh-nam-2018-p95175.htm',
      read: 'opening',
      status: 'old_law',
      note: `Đọc được phần mở đầu: căn cứ Luật Thi đua, khen thưởng 2003 (sửa đổi 2013), Nghị định 91/2017/NĐ-CP và Thông tư 08/2017/TT-BNV. Ban hành theo Luật Thi đua, khen thưởng 2003 và các nghị định hướng dẫn đã được thay thế từ 01/01/2024; không dùng làm căn cứ xét.`,
    },
  ],
);

export const SON_LA: ProvincialRuleSet = nationalOnly(
  'son_la',
  'tỉnh Sơn La',
  ['son-la', 'sonla', 'sơn la'],
  [
    {
      number: '36/2017/QĐ-UBND',
      issuer: 'UBND tỉnh Sơn La',
      title: 'Về việc ban hành Quy chế Thi đua, khen thưởng tỉnh Sơn La',
      issuedOn: '2017-11-04',
      effectiveFrom: null,
      url: 'http://sonoivu.sonla.gov.vn/2017/11/quyet-dinh-ban-hanh-quy-che-thi-dua-khen-thuong-tinh-son-la.html',
      read: 'opening',
      status: 'old_law',
      note: `Chỉ đọc được tin giới thiệu của Sở Nội vụ (06 chương, 26 điều; thay thế Quyết định 24/2014/QĐ-UBND), không đọc được toàn văn. ${OLD_LAW_NOTE}`,
    },
    {
      number: '1702/QĐ-UBND',
      issuer: 'UBND tỉnh Sơn La',
      title:
        'Công bố danh mục và phê duyệt phương án đơn giản hóa thủ tục hành chính nội bộ lĩnh vực Chính quyền địa phương; Lưu trữ; Thi đua, khen thưởng thuộc phạm vi, chức năng quản lý của Sở Nội vụ',
      issuedOn: '2025-07-04',
      effectiveFrom: null,
      url: 'https://github.com/tnt305/tai_lieu_noi_bo/blob/main/src/etl/dataset/dd3402d8eadc0930.md',
      read: 'opening',
      status: 'procedures',
      note: 'Chỉ đọc được bài tóm tắt: công bố thủ tục hành chính nội bộ, không quy định tiêu chuẩn, thẩm quyền hay tỷ lệ khen thưởng. Chưa tìm thấy quy định về công tác thi đua, khen thưởng của tỉnh ban hành theo Luật Thi đua, khen thưởng 2022.',
    },
  ],
);

/** The provinces of the seed plans, in the order of the plans' list in the README. */
export const SEED_PROVINCE_RULE_SETS: ProvincialRuleSet[] = [DIEN_BIEN, HAI_PHONG, LANG_SON, NINH_BINH, SON_LA];

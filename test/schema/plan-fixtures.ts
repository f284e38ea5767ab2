// Hand-built plans for the schema and writer tests: the least a valid plan holds, and one that uses every field.

import type {Plan, PlanNode, Position, TaskAgency} from '../../src/model/plan.js';

export function at(line: number, endColumn = 40): Position {
  return {start: {line, column: 1}, end: {line, column: endColumn}};
}

export function minimalPlan(): Plan {
  return {
    schemaVersion: 1,
    source: {path: 'ke-hoach.txt', format: 'text', sha256: 'a'.repeat(64), encoding: 'utf-8'},
    document: {
      type: null,
      typeName: null,
      number: null,
      date: null,
      place: null,
      issuer: null,
      parentIssuer: null,
      title: null,
      basis: [],
    },
    body: [],
    tasks: [],
    closing: null,
    signature: null,
    recipients: [],
    dropped: [],
    diagnostics: [],
  };
}

const soTttt: TaskAgency = {
  id: 'so-thong-tin-va-truyen-thong',
  name: 'Sở Thông tin và Truyền thông',
  kind: 'body',
  printed: 'Sở TT&TT',
  known: true,
  role: 'lead',
};

const point: PlanNode = {
  kind: 'point',
  marker: 'a',
  path: 'III.2.a',
  text: 'Chủ trì, phối hợp với Sở Ngoại vụ tổ chức hội nghị trước ngày 20/11/2020.\nBáo cáo kết quả hằng quý.',
  deadlines: [
    {text: 'trước ngày 20/11/2020', date: '2020-11-20', recurrence: null},
    {text: 'hằng quý', date: null, recurrence: 'quarterly'},
  ],
  citations: [
    {
      type: 'QĐ',
      typeName: 'Quyết định',
      number: '1486/QĐ-TTg',
      date: '2018-11-06',
      issuer: 'Thủ tướng Chính phủ',
      text: 'Quyết định số 1486/QĐ-TTg ngày 06 tháng 11 năm 2018 của Thủ tướng Chính phủ',
    },
  ],
  position: at(80),
  children: [],
};

export function richPlan(): Plan {
  return {
    ...minimalPlan(),
    document: {
      type: 'KH',
      typeName: 'Kế hoạch',
      number: '88/KH-UBND',
      date: '2020-03-13',
      place: 'Thừa Thiên Huế',
      issuer: 'Ủy ban nhân dân tỉnh Thừa Thiên Huế',
      parentIssuer: null,
      title: 'Hoạt động thông tin đối ngoại năm 2020',
      authority: null,
      basis: [{text: 'Thực hiện Quyết định số 1486/QĐ-TTg ngày 06 tháng 11 năm 2018', citations: point.citations!, line: 12}],
      notes: ['Số hiệu: yes'],
    },
    body: [
      {
        kind: 'section',
        marker: 'III',
        path: 'III',
        title: 'Phân công nhiệm vụ',
        assignments: true,
        position: at(73),
        children: [
          {
            kind: 'item',
            marker: '2',
            path: 'III.2',
            title: 'Sở Thông tin và Truyền thông',
            agencies: [{id: soTttt.id, name: soTttt.name, kind: 'body', printed: 'Sở TT&TT', known: true}],
            position: at(79),
            children: [
              point,
              {kind: 'point', marker: 'đ', path: 'III.2.đ', text: 'Thực hiện thường xuyên.', position: at(81), children: []},
              {kind: 'bullet', marker: '-', path: 'III.2.-1', text: 'Rà soát', position: at(82), children: []},
              {kind: 'point', marker: 'b', path: 'III.2.b~2', text: 'Trùng chữ cái.', position: at(83), children: []},
            ],
          },
          {kind: 'subitem', marker: '1.1', path: 'III.1.1', title: 'Tiểu mục', position: at(90), children: []},
          {kind: 'paragraph', marker: null, path: 'III.p1', text: 'Đoạn văn.', position: at(95), children: []},
        ],
      },
      {
        kind: 'appendix',
        marker: '1',
        path: 'PL1',
        title: 'Danh mục nhiệm vụ',
        position: at(200),
        children: [
          {
            kind: 'table',
            marker: null,
            path: 'PL1.t1',
            header: ['STT', 'Nhiệm vụ', 'Thời gian'],
            rows: [
              {path: 'PL1.I', cells: ['I', 'Nhiệm vụ chung'], group: true, position: at(202)},
              {path: 'PL1.I.1', cells: ['08', 'no', '2020-11-20'], position: at(203)},
              {path: 'PL1.I.2', cells: ['1.1', 'yes', 'null', '~', '', '0o7', 'Quý I/2026: hoàn thành # 1'], position: at(204)},
            ],
            position: at(201),
            children: [],
          },
        ],
      },
    ],
    tasks: [
      {
        path: 'III.2.a',
        text: point.text!,
        agencies: [soTttt, {id: 'so-ngoai-vu', name: 'Sở Ngoại vụ', kind: 'body', printed: 'Sở Ngoại vụ', known: true, role: 'support'}],
        due: '2020-11-20',
        dueText: 'trước ngày 20/11/2020',
        recurrence: null,
        mode: 'order',
        position: at(80),
      },
      {
        path: 'III.2.đ',
        text: 'Thực hiện thường xuyên.',
        agencies: [{id: 'cac-so-ban-nganh-tinh', name: 'Các sở, ban, ngành tỉnh', kind: 'class', printed: 'các sở, ban, ngành tỉnh', known: true, role: 'lead'}],
        due: null,
        dueText: null,
        recurrence: 'ongoing',
        mode: 'request',
        position: at(81),
      },
    ],
    closing: {text: 'Trên đây là Kế hoạch hoạt động thông tin đối ngoại năm 2020.'},
    signature: {
      authority: 'TM.',
      body: 'Ủy ban nhân dân',
      position: 'Chủ tịch',
      name: 'Phan Ngọc Thọ',
      lines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Phan Ngọc Thọ'],
    },
    recipients: ['TVTU, TT.HĐND tỉnh', 'Lưu: VT, GD'],
    dropped: [
      {line: 4, text: '-------', reason: 'rule'},
      {line: 5, text: 'Độc lập - Tự do - Hạnh phúc', reason: 'motto'},
    ],
    diagnostics: [
      {severity: 'warning', code: 'numbering/skipped-letter', message: 'III.2: điểm l) bị bỏ qua', path: 'III.2', line: 104, column: 1},
      {severity: 'info', code: 'agency/unknown', message: 'Không rõ cơ quan', path: null, line: null, column: null},
    ],
  };
}

/** The same value with every object's keys reversed, as a builder that sets fields in another order makes it. */
export function reversed<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reversed) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)])) as T;
}

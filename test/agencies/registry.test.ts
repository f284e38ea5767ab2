import {describe, expect, it} from 'vitest';
import {extendRegistry, loadBuiltinRegistry, successorOn} from '../../src/agencies/index.js';

const reg = loadBuiltinRegistry();
const id = (printed: string) => reg.resolve(printed).id;

describe('registry data', () => {
  it('has unique ASCII ids and successors that exist', () => {
    const ids = reg.entries().map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of reg.entries()) {
      expect(e.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      for (const s of e.successors ?? []) expect(reg.get(s.id), `${e.id} → ${s.id}`).toBeDefined();
    }
  });
  it('records the 2025 merges with their date', () => {
    expect(reg.get('so-thong-tin-va-truyen-thong')?.successors).toEqual([{id: 'so-khoa-hoc-va-cong-nghe', since: '2025-03-01'}]);
    expect(successorOn(reg, 'so-ke-hoach-va-dau-tu', '2020-03-13')).toBe('so-ke-hoach-va-dau-tu');
    expect(successorOn(reg, 'so-ke-hoach-va-dau-tu', '2025-06-01')).toBe('so-tai-chinh');
    expect(successorOn(reg, 'so-giao-thong-van-tai', '2026-01-01')).toBe('so-xay-dung');
  });
});

describe('resolve', () => {
  it('expands abbreviations', () => {
    for (const s of ['Sở TT&TT', 'Sở TTTT', 'STTTT', 'Sở Thông tin và Truyền thông']) expect(id(s)).toBe('so-thong-tin-va-truyen-thong');
    expect(id('Sở KH&ĐT')).toBe('so-ke-hoach-va-dau-tu');
    expect(id('Sở LĐ-TB&XH')).toBe('so-lao-dong-thuong-binh-va-xa-hoi');
    expect(id('Sở TN&MT')).toBe('so-tai-nguyen-va-moi-truong');
    expect(id('BCH Quân sự tỉnh')).toBe('bo-chi-huy-quan-su-tinh');
    expect(id('Bộ Chỉ huy BĐBP tỉnh')).toBe('bo-chi-huy-bo-doi-bien-phong-tinh');
    expect(id('VP UBND tỉnh')).toBe('van-phong-uy-ban-nhan-dan-tinh');
    expect(reg.resolve('UBND tỉnh')).toMatchObject({id: 'uy-ban-nhan-dan-tinh', name: 'Ủy ban nhân dân tỉnh', known: true});
    expect(id('Ủy ban MTTQ Việt Nam tỉnh')).toBe('uy-ban-mat-tran-to-quoc-viet-nam-tinh');
  });
  it('ignores case, tone placement and NFD', () => {
    expect(id('UỶ BAN NHÂN DÂN TỈNH')).toBe('uy-ban-nhan-dan-tinh');
    expect(id('sở văn hoá, thể thao và du lịch'.normalize('NFD'))).toBe('so-van-hoa-the-thao-va-du-lich');
  });
  it('keeps the printed place of a province-level body', () => {
    expect(reg.resolve('Công an thành phố')).toMatchObject({id: 'cong-an-tinh', name: 'Công an thành phố'});
    expect(reg.resolve('Báo Thừa Thiên Huế')).toMatchObject({id: 'bao-tinh', name: 'Báo Thừa Thiên Huế', known: true});
    expect(reg.resolve('Ban Tuyên giáo và Dân vận Thành ủy')).toMatchObject({name: 'Ban Tuyên giáo và Dân vận Thành ủy'});
    expect(reg.resolve('Kho bạc nhà nước khu vực XI')).toMatchObject({id: 'kho-bac-nha-nuoc-khu-vuc', name: 'Kho bạc Nhà nước khu vực XI'});
    expect(reg.resolve('Sở Tài chính tỉnh')).toMatchObject({id: 'so-tai-chinh', name: 'Sở Tài chính'});
  });
  it('needs the place word after a short stem', () => {
    expect(reg.resolve('Công an').known).toBe(false);
    expect(reg.resolve('Thanh tra').known).toBe(false);
    expect(id('Thanh tra tỉnh')).toBe('thanh-tra-tinh');
  });
  it('resolves classes', () => {
    expect(reg.resolve('Các sở, ban, ngành tỉnh')).toMatchObject({id: 'cac-so-ban-nganh', kind: 'class'});
    expect(reg.resolve('UBND các xã, phường')).toMatchObject({id: 'ubnd-cap-xa', kind: 'class', name: 'Ủy ban nhân dân các xã, phường'});
    expect(reg.resolve('UBND các huyện, thị xã, thành phố')).toMatchObject({id: 'ubnd-cap-huyen', kind: 'class'});
  });
  it('keeps an unknown body as printed', () => {
    expect(reg.resolve('Trung tâm Văn hóa Bình Minh')).toEqual({
      id: 'trung-tam-van-hoa-binh-minh', name: 'Trung tâm Văn hóa Bình Minh', kind: 'body', printed: 'Trung tâm Văn hóa Bình Minh', known: false,
    });
  });
});

describe('extendRegistry', () => {
  it('adds and overrides entries', () => {
    const mine = extendRegistry(reg, {
      agencies: [
        {id: 'trung-tam-festival-hue', name: 'Trung tâm Festival Huế', aliases: ['TT Festival Huế']},
        {id: 'so-y-te', name: 'Sở Y tế', aliases: ['SYT']},
      ],
    });
    expect(mine.resolve('TT Festival Huế')).toMatchObject({id: 'trung-tam-festival-hue', known: true});
    expect(mine.resolve('SYT').id).toBe('so-y-te');
    expect(mine.entries().filter((e) => e.id === 'so-y-te')).toHaveLength(1);
    expect(reg.resolve('SYT').known).toBe(false);
  });
  it('accepts a plain list and new abbreviations', () => {
    const mine = extendRegistry(reg, {agencies: [], abbreviations: {'SXD': 'Sở Xây dựng'}});
    expect(mine.resolve('SXD').id).toBe('so-xay-dung');
    expect(extendRegistry(reg, [{id: 'hoi-a', name: 'Hội A'}]).get('hoi-a')?.kind).toBe('body');
  });
  it('rejects bad shapes with a clear message', () => {
    expect(() => extendRegistry(reg, 'x')).toThrow(/must be a list of agencies/);
    expect(() => extendRegistry(reg, [{id: 'Sở Y tế', name: 'Sở Y tế'}])).toThrow(/\[0\].*ASCII slug/);
    expect(() => extendRegistry(reg, [{id: 'a', name: 'A', kind: 'x'}])).toThrow(/kind/);
    expect(() => extendRegistry(reg, [{id: 'a', name: 'A', successors: [{id: 'b', since: '2025'}]}])).toThrow(/YYYY-MM-DD/);
  });
});

import {describe, expect, it} from 'vitest';
import {assignRoles, extendRegistry, loadBuiltinRegistry} from '../../src/agencies/index.js';

const reg = loadBuiltinRegistry();
const group = (name: string) => [reg.resolve(name)];
const roles = (text: string, g: string) => {
  const r = assignRoles(text, group(g), reg);
  return {mode: r.mode, agencies: r.agencies.map((a) => [a.name, a.role])};
};

describe('assignRoles', () => {
  it('makes the group lead by default and on "Chủ trì"', () => {
    expect(roles('Tăng cường công tác quản lý', 'Sở Y tế').agencies).toEqual([['Sở Y tế', 'lead']]);
    expect(roles('Chủ trì triển khai các chương trình', 'Sở Công Thương').agencies).toEqual([['Sở Công Thương', 'lead']]);
  });
  it('adds partners after "Chủ trì, phối hợp với" as support, generic phrases left out', () => {
    expect(roles('Chủ trì, phối hợp với Sở Ngoại vụ và các cơ quan liên quan tham mưu', 'Sở TT&TT').agencies).toEqual([
      ['Sở Thông tin và Truyền thông', 'lead'], ['Sở Ngoại vụ', 'support']]);
    expect(roles('Chủ trì phối hợp UBND tỉnh, Sở Công Thương kiểm tra', 'Ủy ban MTTQ Việt Nam tỉnh').agencies).toEqual([
      ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'lead'], ['Ủy ban nhân dân tỉnh', 'support'], ['Sở Công Thương', 'support']]);
    expect(roles('Chủ trì, phối hợp với các sở, ngành hướng dẫn', 'Sở Nội vụ').agencies).toEqual([['Sở Nội vụ', 'lead']]);
  });
  it('makes A lead and the group support on "Phối hợp với A"', () => {
    expect(roles('Phối hợp với Công an tỉnh, Cục Hải quan, Sở Ngoại vụ trong việc theo dõi', 'Sở TT&TT').agencies).toEqual([
      ['Công an tỉnh', 'lead'], ['Cục Hải quan tỉnh', 'lead'], ['Sở Ngoại vụ', 'lead'], ['Sở Thông tin và Truyền thông', 'support']]);
    expect(roles('Tiếp tục phối hợp chặt chẽ với Công an tỉnh', 'Bộ Chỉ huy Quân sự tỉnh').agencies).toEqual([
      ['Công an tỉnh', 'lead'], ['Bộ Chỉ huy Quân sự tỉnh', 'support']]);
    expect(roles('Phối hợp UBND các xã, phường cập nhật', 'Sở Xây dựng').agencies).toEqual([
      ['Ủy ban nhân dân các xã, phường', 'lead'], ['Sở Xây dựng', 'support']]);
    expect(roles('Phối hợp với các sở, ngành liên quan hướng dẫn', 'Sở Tài chính').agencies).toEqual([['Sở Tài chính', 'support']]);
  });
  it('lets a subject named at the start replace the group', () => {
    expect(roles('Sở Văn hóa và Thể thao chủ trì, phối hợp với Sở Du lịch', 'Sở Văn hóa và Thể thao').agencies).toEqual([
      ['Sở Văn hóa và Thể thao', 'lead'], ['Sở Du lịch', 'support']]);
    expect(roles('Đài Phát thanh và Truyền hình tỉnh xây dựng kế hoạch', 'Báo Thừa Thiên Huế').agencies).toEqual([
      ['Đài Phát thanh và Truyền hình tỉnh', 'lead']]);
    expect(roles('Đảng đoàn Quốc hội phối hợp với Đảng ủy cơ quan Văn phòng Quốc hội tổ chức', 'Quốc hội').agencies).toEqual([
      ['Đảng đoàn Quốc hội', 'lead'], ['Đảng ủy cơ quan Văn phòng Quốc hội', 'support']]);
  });
  it('makes A lead on "Giao A chủ trì"', () => {
    expect(roles('Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ rà soát', 'Các sở, ban, ngành tỉnh').agencies).toEqual([
      ['Sở Tài chính', 'lead'], ['Sở Nội vụ', 'support']]);
    expect(roles('UBND tỉnh giao Sở Y tế chủ trì', 'Sở Y tế').agencies).toEqual([['Sở Y tế', 'lead']]);
  });
  it('marks "Đề nghị" as a request', () => {
    const r = roles('Đề nghị Ban Tuyên giáo Tỉnh ủy tiếp tục phối hợp với các cơ quan liên quan', 'Sở TT&TT');
    expect(r).toEqual({mode: 'request', agencies: [['Ban Tuyên giáo Tỉnh ủy', 'lead']]});
    expect(roles('Đề nghị quan tâm chỉ đạo', 'Ban Tuyên giáo Tỉnh ủy')).toEqual({mode: 'request', agencies: [['Ban Tuyên giáo Tỉnh ủy', 'lead']]});
  });
  it('finds partners in a text that is not in NFC, and those an abbreviation brings in', () => {
    const text = 'Chủ trì, phối hợp với Sở Ngoại vụ tham mưu';
    expect(roles(text.normalize('NFD'), 'Sở Y tế')).toEqual(roles(text, 'Sở Y tế'));
    const withPH = extendRegistry(reg, {abbreviations: {PH: 'phối hợp'}, agencies: []});
    expect(assignRoles('Chủ trì, PH với Sở Ngoại vụ tham mưu', group('Sở Y tế'), withPH).agencies.map((a) => [a.name, a.role]))
      .toEqual([['Sở Y tế', 'lead'], ['Sở Ngoại vụ', 'support']]);
  });
});

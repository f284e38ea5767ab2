import {describe, expect, it} from 'vitest';
import {agenciesOfHeading, isRequest, leadingAgency, loadBuiltinRegistry, mentionedAgencies} from '../../src/agencies/index.js';

const reg = loadBuiltinRegistry();
const names = (heading: string) => agenciesOfHeading(heading, reg).map((a) => a.name);

describe('agenciesOfHeading', () => {
  it('splits a list of bodies, with a distributive "các Tạp chí:" list', () => {
    expect(names('Báo Thừa Thiên Huế, Đài Phát thanh và Truyền hình tỉnh, các Tạp chí: Sông Hương, Huế Xưa và Nay, '
      + 'Nghiên cứu và Phát triển; Cổng thông tin điện tử tỉnh')).toEqual([
      'Báo Thừa Thiên Huế', 'Đài Phát thanh và Truyền hình tỉnh', 'Tạp chí Sông Hương', 'Tạp chí Huế Xưa và Nay',
      'Tạp chí Nghiên cứu và Phát triển', 'Cổng thông tin điện tử tỉnh']);
  });
  it('never splits "và" inside a name', () => {
    expect(names('Sở Văn hóa và Thể thao')).toEqual(['Sở Văn hóa và Thể thao']);
    expect(names('Sở Khoa học và Công nghệ và Sở Y tế')).toEqual(['Sở Khoa học và Công nghệ', 'Sở Y tế']);
    expect(names('Văn phòng Đoàn ĐBQH và HĐND tỉnh')).toEqual(['Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh']);
  });
  it('keeps unknown bodies as printed', () => {
    expect(names('Trung tâm Bảo tồn Di tích Cố đô Huế, Trung tâm Festival Huế'))
      .toEqual(['Trung tâm Bảo tồn Di tích Cố đô Huế', 'Trung tâm Festival Huế']);
  });
  it('reads a class as one agency, commas included', () => {
    expect(agenciesOfHeading('Các sở, ban, ngành tỉnh', reg)).toMatchObject([{id: 'cac-so-ban-nganh', kind: 'class'}]);
    expect(names('Ủy ban nhân dân các huyện, thị xã và Thành phố Huế')).toEqual(['Ủy ban nhân dân các huyện, thị xã và Thành phố Huế']);
    expect(names('UBND các xã, phường')).toEqual(['Ủy ban nhân dân các xã, phường']);
    expect(names('Các sở, ban, ngành, đoàn thể cấp tỉnh và UBND các xã, phường'))
      .toEqual(['Các sở, ban, ngành, đoàn thể cấp tỉnh', 'Ủy ban nhân dân các xã, phường']);
  });
  it('gives nothing for a topic', () => {
    for (const h of ['Chế độ báo cáo', 'Mục đích', 'Kinh phí thực hiện', 'Báo cáo kết quả']) expect(names(h)).toEqual([]);
  });
  it('reads the subject of a request or a sentence, not its partners', () => {
    expect(names('Đề nghị Ban Tuyên giáo Tỉnh ủy - Cơ quan thường trực Ban Chỉ đạo Công tác thông tin đối ngoại tỉnh'))
      .toEqual(['Ban Tuyên giáo Tỉnh ủy']);
    expect(names('Sở Tài chính chủ trì, phối hợp với các Sở, ban, ngành và UBND cấp xã bố trí kinh phí')).toEqual(['Sở Tài chính']);
    expect(names('Giao Sở Tư pháp theo dõi, đôn đốc các cơ quan, đơn vị, địa phương')).toEqual(['Sở Tư pháp']);
    expect(names('Các cơ quan, đơn vị, địa phương xây dựng Kế hoạch triển khai')).toEqual(['Các cơ quan, đơn vị, địa phương']);
    expect(names('UBND các xã, phường tăng cường công tác lãnh đạo')).toEqual(['Ủy ban nhân dân các xã, phường']);
  });
  it('lets a parenthesis name the members of a class', () => {
    expect(names('Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu Kinh tế Phú Yên)'))
      .toEqual(['Sở Tài chính', 'Ban Quản lý Khu kinh tế Phú Yên']);
    expect(names('Đề nghị các doanh nghiệp viễn thông (VNPT, Viettel, MobiFone và doanh nghiệp khác)'))
      .toEqual(['VNPT', 'Viettel', 'MobiFone']);
  });
  it('reads a distributive list of departments and regional bodies', () => {
    expect(names('Đề nghị các Sở: Giao thông Vận tải, Xây dựng, Công thương; Công ty Điện lực Đắk Nông')).toEqual([
      'Sở Giao thông vận tải', 'Sở Xây dựng', 'Sở Công Thương', 'Công ty Điện lực Đắk Nông']);
    expect(names('Thuế tỉnh, Kho bạc nhà nước khu vực XI, Chi cục Hải quan khu vực XI tăng cường'))
      .toEqual(['Thuế tỉnh', 'Kho bạc Nhà nước khu vực XI', 'Chi cục Hải quan khu vực XI']);
  });
  it('ignores markup debris', () => {
    expect(names('**Sở_Y_tế**')).toEqual(['Sở Y tế']);
  });
});

describe('leadingAgency, mentionedAgencies, isRequest', () => {
  it('finds the subject a point opens with', () => {
    expect(leadingAgency('Sở Y tế chủ trì kiểm tra', reg)?.id).toBe('so-y-te');
    expect(leadingAgency('Giao Sở Tư pháp theo dõi', reg)?.id).toBe('so-tu-phap');
    expect(leadingAgency('Tăng cường kiểm tra', reg)).toBeNull();
    // A subject printed as an abbreviation: the registry keeps those as printed, not folded.
    expect(leadingAgency('UBND tỉnh chủ trì, phối hợp với Sở Y tế', reg)?.name).toBe('Ủy ban nhân dân tỉnh');
    expect(leadingAgency('HĐND tỉnh giám sát việc thực hiện', reg)?.name).toBe('Hội đồng nhân dân tỉnh');
  });
  it('lists specific bodies in order, without generic phrases or document numbers', () => {
    const text = 'Phối hợp với Công an tỉnh, Cục Hải quan, các cơ quan liên quan và Sở Ngoại vụ theo Kế hoạch số 65/KH-UBND';
    expect(mentionedAgencies(text, reg).map((a) => a.name)).toEqual(['Công an tỉnh', 'Cục Hải quan tỉnh', 'Sở Ngoại vụ']);
  });
  it('does not read capitals of an all-caps line as names', () => {
    expect(mentionedAgencies('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', reg)).toEqual([]);
  });
  it('tells a request', () => {
    expect(isRequest('Đề nghị Ủy ban MTTQ Việt Nam tỉnh')).toBe(true);
    expect(isRequest('Sở Y tế')).toBe(false);
  });
});

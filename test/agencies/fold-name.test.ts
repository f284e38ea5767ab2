import {describe, expect, it} from 'vitest';
import {foldName} from '../../src/agencies/index.js';

describe('foldName', () => {
  it('ignores case and spacing', () => {
    expect(foldName('  SỞ   Y TẾ ')).toBe(foldName('Sở Y tế'));
  });
  it('ignores NFC/NFD', () => {
    expect(foldName('Sở Tư pháp'.normalize('NFD'))).toBe(foldName('Sở Tư pháp'));
  });
  it('canonicalises old and new tone placement', () => {
    expect(foldName('Uỷ ban nhân dân')).toBe(foldName('Ủy ban nhân dân'));
    expect(foldName('Thanh Hoá')).toBe(foldName('Thanh Hóa'));
    expect(foldName('thuỷ sản')).toBe(foldName('thủy sản'));
    expect(foldName('khoẻ')).toBe(foldName('khỏe'));
  });
  it('keeps "qu" + "y" apart from "uy"', () => {
    expect(foldName('quý')).toBe('quý');
  });
  it('drops markdown and word-segmentation debris', () => {
    expect(foldName('**Sở_Văn_hoá**, Thể thao')).toBe(foldName('Sở Văn hóa Thể thao'));
  });
});

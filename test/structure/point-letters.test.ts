import {describe, expect, it} from 'vitest';
import {pointLetterIndex, pointLetters} from '../../src/structure/point-letters.js';

describe('pointLetters', () => {
  it('is the 23-letter sequence of ND30: đ after d, no f, j, w, z', () => {
    expect(pointLetters.join('')).toBe('abcdđeghiklmnopqrstuvxy');
    expect(pointLetters).toHaveLength(23);
  });

  it('gives each letter its position and -1 outside the sequence', () => {
    expect(pointLetterIndex('a')).toBe(0);
    expect(pointLetterIndex('đ')).toBe(4);
    expect(pointLetterIndex('e')).toBe(5);
    expect(pointLetterIndex('g')).toBe(6);
    expect(pointLetterIndex('k')).toBe(9);
    expect(pointLetterIndex('y')).toBe(22);
    for (const letter of ['f', 'j', 'w', 'z', 'ă', 'A', '']) expect(pointLetterIndex(letter)).toBe(-1);
  });
});

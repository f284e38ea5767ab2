// Roman numerals of sections and chapters. Plans never reach C, D, L or M, and a capital C., D. or L. at the
// start of a line is a lettered part (A., B., C.), so only I, V and X count here.

const VALUES: Record<string, number> = {I: 1, V: 5, X: 10};

/** Value of a Roman numeral written with I, V and X (up to XXXIX), or 0 when it is not one. */
export function romanValue(numeral: string): number {
  const upper = numeral.toUpperCase();
  if (!/^X{0,3}(?:IX|IV|V?I{0,3})$/.test(upper) || upper === '') return 0;
  let total = 0;
  for (let i = 0; i < upper.length; i++) {
    const value = VALUES[upper[i]!]!;
    const next = i + 1 < upper.length ? VALUES[upper[i + 1]!]! : 0;
    total += value < next ? -value : value;
  }
  return total;
}

export function toRoman(value: number): string {
  const parts: [number, string][] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  let rest = value;
  for (const [n, s] of parts) {
    while (rest >= n) {
      out += s;
      rest -= n;
    }
  }
  return out;
}

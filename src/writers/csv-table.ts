// RFC 4180 text (CRLF, fields quoted where needed) with a UTF-8 BOM, so Excel reads the Vietnamese as UTF-8.

function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvTable(rows: readonly (readonly string[])[]): string {
  return '\uFEFF' + rows.map((row) => row.map(field).join(',') + '\r\n').join('');
}

// Zip libraries stamp every entry with the clock; a rendered file must not change when only the clock did.
// The stamps live in fixed fields of each entry's local and central header, outside every checksum, so they can
// be set in place.

const endOfCentralDirectory = 0x06054b50;
const centralHeader = 0x02014b50;
const localHeader = 0x04034b50;
// 1980-01-01 00:00, the earliest MS-DOS date: the stamp of "no date".
const dosTime = 0;
const dosDate = (1 << 5) | 1;

/** Sets every entry's modification stamp of the zip in `bytes` to 1980-01-01 00:00, in place; returns `bytes`. */
export function clearZipTimestamps(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(view);
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let n = 0; n < entries; n++) {
    if (view.getUint32(at, true) !== centralHeader) throw new Error('zip: broken central directory');
    view.setUint16(at + 12, dosTime, true);
    view.setUint16(at + 14, dosDate, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== localHeader) throw new Error('zip: broken local header');
    view.setUint16(local + 10, dosTime, true);
    view.setUint16(local + 12, dosDate, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return bytes;
}

// The end record is the last 22 bytes plus a comment of at most 65535 bytes.
function findEnd(view: DataView): number {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === endOfCentralDirectory) return at;
  }
  throw new Error('zip: no end of central directory');
}

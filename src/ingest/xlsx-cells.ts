/**
 * What a workbook cell reads as, shared by both XLSX readers (SheetJS's and
 * the streamed one): numbers in plain notation as Excel shows them,
 * date-formatted serials as ISO dates.
 */
import * as XLSX from '@e965/xlsx';

/**
 * Excel's built-in number formats by id. SheetJS's table, taken before any
 * read can add to it, and the ids Excel maps onto its date and time formats
 * (27-36, 50-58: the CJK dates WPS and Chinese Excel write; 71-81).
 */
export const XLSX_BUILTIN_FORMATS: Readonly<Record<number, string>> = {
  ...Object.fromEntries(
    [27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58, 71, 72].map((id) => [id, 'm/d/yy']),
  ),
  ...Object.fromEntries([32, 33, 34, 35].map((id) => [id, 'h:mm:ss'])),
  73: 'd-mmm-yy',
  74: 'd-mmm',
  75: 'mmm-yy',
  76: 'h:mm',
  77: 'h:mm:ss',
  78: 'm/d/yy h:mm',
  79: 'mm:ss',
  80: '[h]:mm:ss',
  81: 'mmss.0',
  ...(XLSX.SSF.get_table() as Record<number, string>),
};

export function isDateFormat(format: string): boolean {
  return XLSX.SSF.is_date(format);
}

export function cellText(cell: XLSX.CellObject | undefined): string {
  if (!cell || cell.v === undefined || cell.v === null) return '';
  switch (cell.t) {
    case 'n': {
      const v = cell.v as number;
      if (cell.z && isDateFormat(String(cell.z))) return serialToIso(v);
      return numberText(v);
    }
    case 'd': {
      const d = cell.v as Date;
      return Number.isNaN(d.getTime()) ? (cell.w ?? '') : d.toISOString().slice(0, 10);
    }
    case 'b':
      return cell.v ? 'TRUE' : 'FALSE';
    case 'e':
      return cell.w ?? '#ERROR';
    default:
      return String(cell.v);
  }
}

/** Plain notation for what Excel shows as a number: no exponent for ordinary magnitudes, no float noise. */
export function numberText(v: number): string {
  // Excel shows 15 significant digits: a 16-digit integer cell already lost its last digit there.
  const shown = Number.parseFloat(v.toPrecision(15));
  if (Number.isInteger(shown) && Math.abs(shown) < 1e21) return shown.toFixed(0);
  return String(shown);
}

/** Excel serial (days since 1899-12-30) to YYYY-MM-DD, time of day dropped. */
export function serialToIso(serial: number): string {
  const ms = Math.round((Math.floor(serial) - 25569) * 86400000);
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? String(serial) : d.toISOString().slice(0, 10);
}

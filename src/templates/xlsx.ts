/**
 * A small XLSX writer: the few parts a workbook needs, zipped with fflate. Written by hand because the import
 * templates want drop-down lists (data validation), which SheetJS CE cannot write. Strings are inline (no
 * shared-strings part), every text is XML-escaped, and nothing here reads a file or the network.
 */
import { strToU8, zipSync } from 'fflate';

export type Cell = string | number | null;

/**
 * How a row is drawn: the header, an example row to be deleted, a heading, a line of text running past its
 * cell (never wrapped), plain (wrapped on a sheet that wraps).
 */
export type RowStyle = 'header' | 'example' | 'heading' | 'line' | 'plain';

export interface Validation {
  /** 0-based column, and the 1-based rows it covers. */
  readonly column: number;
  readonly fromRow: number;
  readonly toRow: number;
  /** A drop-down of these values, or a whole number within bounds. */
  readonly list?: readonly string[];
  readonly whole?: { readonly min: number; readonly max: number };
  readonly prompt?: string;
}

export interface Sheet {
  readonly name: string;
  readonly rows: readonly (readonly Cell[])[];
  readonly rowStyles?: readonly RowStyle[];
  /** Column widths in characters. */
  readonly widths?: readonly number[];
  /** How each column's empty cells take what is typed into them: as text (ids keep leading zeros), as a date. */
  readonly columnFormats?: readonly ('text' | 'date' | 'general')[];
  readonly validations?: readonly Validation[];
  /** Keep the first row in view while scrolling. */
  readonly freezeHeader?: boolean;
  /** Wrap long text in every cell (the instructions sheet). */
  readonly wrap?: boolean;
}

/** Style ids of the cellXfs below. */
const XF = { plain: 0, line: 0, header: 1, example: 2, heading: 3, text: 4, date: 5, wrap: 6 } as const;

export function writeXlsx(sheets: readonly Sheet[]): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': xml(contentTypes(sheets.length)),
    '_rels/.rels': xml(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': xml(
      `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets
        .map((s, i) => `<sheet name="${esc(sheetName(s.name))}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': xml(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join(
          '',
        )}<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/styles.xml': xml(STYLES),
  };
  sheets.forEach((s, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = xml(worksheet(s));
  });
  // A fixed time: the same template is the same bytes, build after build.
  return zipSync(files, { level: 6, mtime: new Date('2020-01-01T00:00:00Z') });
}

function worksheet(s: Sheet): string {
  const width = Math.max(0, ...s.rows.map((r) => r.length), s.widths?.length ?? 0);
  const views = s.freezeHeader
    ? '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
    : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const cols = Array.from({ length: width }, (_, c) => {
    const format = s.columnFormats?.[c];
    const style = format === 'text' ? XF.text : format === 'date' ? XF.date : s.wrap ? XF.wrap : XF.plain;
    return `<col min="${c + 1}" max="${c + 1}" width="${s.widths?.[c] ?? 14}" customWidth="1" style="${style}"/>`;
  }).join('');
  const rows = s.rows
    .map((row, r) => {
      const rowStyle = s.rowStyles?.[r] ?? 'plain';
      const cells = row
        .map((value, c) => {
          if (value === null || value === '') return '';
          const style = rowStyle !== 'plain' ? XF[rowStyle] : s.wrap ? XF.wrap : undefined;
          const at = `r="${cellRef(c, r + 1)}"${style !== undefined ? ` s="${style}"` : ''}`;
          return typeof value === 'number'
            ? `<c ${at}><v>${value}</v></c>`
            : `<c ${at} t="inlineStr"><is><t xml:space="preserve">${esc(value)}</t></is></c>`;
        })
        .join('');
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join('');
  const validations = s.validations?.length
    ? `<dataValidations count="${s.validations.length}">${s.validations.map(validation).join('')}</dataValidations>`
    : '';
  return `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${views}<sheetFormatPr defaultRowHeight="15"/>${
    width ? `<cols>${cols}</cols>` : ''
  }<sheetData>${rows}</sheetData>${validations}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
}

function validation(v: Validation): string {
  const range = `${cellRef(v.column, v.fromRow)}:${cellRef(v.column, v.toRow)}`;
  const prompt = v.prompt ? ` showInputMessage="1" prompt="${esc(v.prompt.slice(0, 255))}"` : '';
  if (v.list) {
    // One quoted list of at most 255 characters; a quote inside a value is doubled.
    const list = `"${v.list.map((x) => x.replace(/"/g, '""')).join(',')}"`;
    if (list.length > 257) throw new Error(`a drop-down list longer than 255 characters: ${list}`);
    return `<dataValidation type="list" allowBlank="1" showErrorMessage="1"${prompt} sqref="${range}"><formula1>${esc(list)}</formula1></dataValidation>`;
  }
  if (v.whole) {
    return `<dataValidation type="whole" operator="between" allowBlank="1" showErrorMessage="1"${prompt} sqref="${range}"><formula1>${v.whole.min}</formula1><formula2>${v.whole.max}</formula2></dataValidation>`;
  }
  return '';
}

/** A1-style reference of a 0-based column and a 1-based row. */
export function cellRef(column: number, row: number): string {
  let name = '';
  for (let c = column + 1; c > 0; c = Math.floor((c - 1) / 26)) name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return `${name}${row}`;
}

/** Excel's sheet names: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, '_').slice(0, 31);
}

/** Text for XML: the five entities escaped, characters XML cannot hold dropped. */
function esc(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters XML 1.0 forbids
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

const xml = (body: string) => strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`);

function contentTypes(sheets: number): string {
  const overrides = Array.from(
    { length: sheets },
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  ).join('');
  return `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${overrides}</Types>`;
}

/** Fonts, fills and the cell formats XF names: plain, header, example, heading, text (@), date, wrapped. */
const STYLES = `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>
<fonts count="4"><font><sz val="11"/><name val="等线"/><family val="2"/></font><font><b/><sz val="11"/><name val="等线"/><family val="2"/></font><font><i/><sz val="11"/><color rgb="FF7F7F7F"/><name val="等线"/><family val="2"/></font><font><b/><sz val="14"/><name val="等线"/><family val="2"/></font></fonts>
<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFBE3E4"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFF5CC"/></patternFill></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="7"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="49" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyNumberFormat="1"/><xf numFmtId="49" fontId="2" fillId="3" borderId="0" xfId="0" applyFont="1" applyFill="1" applyNumberFormat="1"/><xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;

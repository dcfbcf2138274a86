import { describe, expect, it } from "vitest";
import { readRecords, type InputShape, type ReadOptions } from "../../../src/app/batch/readRecords.js";
import type { InputRecord } from "../../../src/app/batch/inputRecord.js";
import { CsvHeaderError } from "../../../src/app/batch/csvColumns.js";

/** Every record read from `chunks` (text or bytes, split where the test says), and the shape heard. */
async function read(chunks: string | readonly (string | Uint8Array)[], options: ReadOptions = {}): Promise<{ records: InputRecord[]; shape?: InputShape }> {
  const list = typeof chunks === "string" ? [chunks] : chunks;
  const source = { chunks: (async function* () { yield* list; })() };
  let shape: InputShape | undefined;
  const records: InputRecord[] = [];
  for await (const batch of readRecords(source, (s) => (shape = s), options)) records.push(...batch);
  return { records, ...(shape ? { shape } : {}) };
}
const bytes = (text: string) => new TextEncoder().encode(text);

describe("CSV cells as RFC 4180 writes them", () => {
  it("quoted cells hold commas, doubled quotes and newlines; lines are the physical lines records start on", async () => {
    const text = 'id,note,age\n1,"a, b",30\n2,"say ""hi""",31\n3,"two\nlines",32\n4,plain,33\n';
    const { records, shape } = await read(text);
    expect(shape).toBe("csv");
    expect(records).toEqual([
      { line: 2, value: { id: 1, note: "a, b", age: 30 } },
      { line: 3, value: { id: 2, note: 'say "hi"', age: 31 } },
      { line: 4, value: { id: 3, note: "two\nlines", age: 32 } },
      { line: 6, value: { id: 4, note: "plain", age: 33 } },
    ]);
  });

  it("CRLF, a BOM, blank lines and no newline at the end", async () => {
    const text = '\ufeffid,age\r\n\r\n1,30\r\n   \r\n2,"x\r\ny"\r\n3,40';
    const { records } = await read([bytes(text)]);
    expect(records).toEqual([
      { line: 3, value: { id: 1, age: 30 } },
      { line: 5, value: { id: 2, age: "x\r\ny" } },
      { line: 7, value: { id: 3, age: 40 } },
    ]);
  });

  it("the same records however the text is cut into chunks (a quoted newline, a CRLF and a character cut)", async () => {
    const text = 'id,note\r\n1,"a\r\nb"\r\n2,"甲,乙"\r\n';
    const whole = await read(text);
    const raw = bytes(text);
    for (let cut = 1; cut < raw.length; cut++) expect(await read([raw.subarray(0, cut), raw.subarray(cut)])).toEqual(whole);
    expect(whole.records).toEqual([
      { line: 2, value: { id: 1, note: "a\r\nb" } },
      { line: 4, value: { id: 2, note: "甲,乙" } },
    ]);
  });

  it("a quote inside an unquoted cell is text", async () => {
    expect((await read('id,note\n1,5" screen\n')).records).toEqual([{ line: 2, value: { id: 1, note: '5" screen' } }]);
  });

  it("a quote never closed is one error record at the line it opens", async () => {
    expect((await read('id,note\n1,ok\n2,"open\n3,x\n')).records).toEqual([
      { line: 2, value: { id: 1, note: "ok" } },
      { line: 3, parseError: 'a quote opened in this record is not closed before the end of the input, so the rest of the file was read as one cell (a quote inside a quoted cell is written "")' },
    ]);
  });
});

describe("CSV rows that cannot be a record", () => {
  it("a short and a long row are their own errors (with the id when there is one); the others are read", async () => {
    const { records } = await read("id,age,invited\n1,30,true\n2,31\n3,32,true,extra\n4,33,false\n");
    expect(records).toEqual([
      { line: 2, value: { id: 1, age: 30, invited: true } },
      { line: 3, parseError: "expected 3 fields as the header has, got 2", id: 2 },
      { line: 4, parseError: "expected 3 fields as the header has, got 4", id: 3 },
      { line: 5, value: { id: 4, age: 33, invited: false } },
    ]);
  });

  it("bytes that are not UTF-8 make their record an error as in NDJSON, even inside a quoted cell over lines", async () => {
    const parts = [bytes('id,note\n1,ok\n2,"a\n'), Uint8Array.of(0xff, 0x22, 0x0a), bytes("3,甲\n"), Uint8Array.of(0xc3), bytes(",x\n4,fine\n")];
    const { records } = await read(parts);
    const NOT_UTF8 = "not UTF-8: bytes here are not UTF-8 text, so the record is left out rather than read with changed characters (convert the file to UTF-8, e.g. iconv -f GB18030 -t UTF-8)";
    expect(records).toEqual([
      { line: 2, value: { id: 1, note: "ok" } },
      { line: 3, parseError: NOT_UTF8 },
      { line: 5, value: { id: 3, note: "甲" } },
      { line: 6, parseError: NOT_UTF8 },
      { line: 7, value: { id: 4, note: "fine" } },
    ]);
  });

  it("a bad byte before an opening quote: the record is still refused as not UTF-8", async () => {
    const { records } = await read([bytes("id,note\n"), Uint8Array.of(0xff), bytes('"a,b",1\n2,x\n')]);
    expect(records.map((r) => ("parseError" in r ? r.parseError.slice(0, 10) : r))).toEqual(["not UTF-8:", { line: 3, value: { id: 2, note: "x" } }]);
  });

  it("a header with a name twice, or two columns without a name, is refused; one without a name is the key \"\" (pandas' row index)", async () => {
    await expect(read("id,age,age\n1,2,3\n")).rejects.toThrow(new CsvHeaderError('the CSV header (line 1) names two columns "age" (columns 2 and 3); every column needs its own name'));
    await expect(read("\n,id,,age\n1,2,3\n")).rejects.toThrow(new CsvHeaderError("the CSV header (line 2) has two columns without a name (columns 1 and 3); every column needs its own name"));
    expect((await read(",id,age\n1,7,30\n")).records).toEqual([{ line: 2, value: { "": 1, id: 7, age: 30 } }]);
    await expect(read("id,request,request.terms\n")).rejects.toThrow(CsvHeaderError);
  });

  it("an empty file, blank lines and a header alone are no records", async () => {
    for (const text of ["", "\n\n", "id,age\n", "\ufeffid,age", "id,age\n\n\n"]) expect((await read(text, { format: "csv" })).records).toEqual([]);
  });
});

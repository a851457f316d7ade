/**
 * Data-file problems in Vietnamese and English: one message per code, {name} filled from the
 * params (types, formats and syntax errors worded below; what the file holds quoted as written).
 */
import type { Language } from "../check/params";
import type { DataFormat, DataProblem, DataProblemCode, JsonSyntax, JsonType } from "./problems";
import { isDataFormat, isJsonType } from "./problems";

type Words<K extends string> = Readonly<Record<Language, Readonly<Record<K, string>>>>;

const MESSAGES: Words<DataProblemCode> = {
  vi: {
    json_syntax: "lỗi cú pháp JSON: {syntax}",
    not_json: "tệp không phải dữ liệu JSON hợp lệ",
    empty_file: "tệp rỗng, không có dữ liệu JSON",
    missing: "thiếu trường bắt buộc này",
    wrong_type: "cần {expected}, tệp ghi {value} ({received})",
    not_in_list: "{value} không phải một trong các giá trị {options}",
    unknown_property: "có trường không thuộc mẫu dữ liệu: {keys}",
    wrong_format: "{value} không phải {format}",
    empty_text: "không được để trống",
    text_too_short: "cần ít nhất {minimum} ký tự",
    text_too_long: "chỉ được tối đa {maximum} ký tự",
    too_few_items: "danh sách cần ít nhất {minimum} mục",
    too_many_items: "danh sách chỉ được tối đa {maximum} mục",
    number_too_small: "số phải từ {minimum} trở lên",
    number_not_above: "số phải lớn hơn {minimum}",
    number_too_large: "số phải từ {maximum} trở xuống",
    number_not_below: "số phải nhỏ hơn {maximum}",
    validator_said: "dữ liệu không đúng mẫu; bộ kiểm tra báo (nguyên văn tiếng Anh của bộ kiểm tra): {detail}",
    duplicate: "{key} {value} đã có ở một mục phía trước (bị trùng)",
    no_area: "không có lĩnh vực {area}",
    no_indicator: 'không có chỉ tiêu "{indicator}"',
    no_unit: 'không có đơn vị "{unit}" trong danh sách đơn vị',
    rate_without_parts: "chỉ tiêu tỷ lệ (rate) cần có parts gồm numerator và denominator",
    parts_without_rate: "chỉ chỉ tiêu tỷ lệ (rate) mới có parts",
    rate_not_recomputed: 'chỉ tiêu tỷ lệ (rate) phải được tổng hợp theo aggregation "recompute"',
    recompute_without_rate: 'chỉ chỉ tiêu tỷ lệ (rate) có parts mới được tổng hợp theo aggregation "recompute"',
    rate_part_not_count: 'thành phần "{indicator}" của tỷ lệ phải là chỉ tiêu đếm (count)',
    rule_indicator_not_count: 'chỉ tiêu "{indicator}" không phải chỉ tiêu đếm (count)',
    chart_not_rate: 'chỉ tiêu "{indicator}" không phải chỉ tiêu tỷ lệ (rate)',
    target_of_text: "chỉ tiêu dạng văn bản (text) không có mục tiêu",
    confirmed_without_note: "mục tiêu nguồn draft hoặc unverified đã xác nhận (confirmed) cần có noteVi ghi ai đã xác nhận",
    successors_without_end: "đơn vị có đơn vị kế thừa (successors) cần có ngày kết thúc validTo",
    ends_before_start: "ngày kết thúc validTo {validTo} trước ngày bắt đầu validFrom {validFrom}",
  },
  en: {
    json_syntax: "JSON syntax error: {syntax}",
    not_json: "the file is not valid JSON",
    empty_file: "the file is empty: it holds no JSON",
    missing: "this required property is missing",
    wrong_type: "expected {expected}, the file has {value} ({received})",
    not_in_list: "{value} is not one of {options}",
    unknown_property: "properties the data format does not have: {keys}",
    wrong_format: "{value} is not {format}",
    empty_text: "must not be empty",
    text_too_short: "needs at least {minimum} characters",
    text_too_long: "may have at most {maximum} characters",
    too_few_items: "the list needs at least {minimum} items",
    too_many_items: "the list may have at most {maximum} items",
    number_too_small: "the number must be {minimum} or more",
    number_not_above: "the number must be greater than {minimum}",
    number_too_large: "the number must be {maximum} or less",
    number_not_below: "the number must be less than {maximum}",
    validator_said: "does not match the data format; the validator says (its own words): {detail}",
    duplicate: "the {key} {value} is already used by an earlier entry",
    no_area: "there is no area {area}",
    no_indicator: 'there is no indicator "{indicator}"',
    no_unit: 'there is no unit "{unit}" in the unit list',
    rate_without_parts: "a rate indicator needs parts with a numerator and a denominator",
    parts_without_rate: "only a rate indicator has parts",
    rate_not_recomputed: 'a rate indicator is aggregated by "recompute"',
    recompute_without_rate: 'only a rate indicator (with parts) is aggregated by "recompute"',
    rate_part_not_count: 'part "{indicator}" of a rate must be a count indicator',
    rule_indicator_not_count: 'indicator "{indicator}" is not a count indicator',
    chart_not_rate: 'indicator "{indicator}" is not a rate indicator',
    target_of_text: "a text indicator has no target",
    confirmed_without_note: "a confirmed target whose source is draft or unverified needs noteVi saying who confirmed it",
    successors_without_end: "a unit with successors needs an end date validTo",
    ends_before_start: "end date validTo {validTo} is before start date validFrom {validFrom}",
  },
};

const TYPE_WORDS: Words<JsonType> = {
  vi: {
    string: "chuỗi chữ trong dấu ngoặc kép",
    number: "một số",
    integer: "số nguyên",
    float: "số có phần thập phân",
    boolean: "true hoặc false",
    array: "danh sách [ ]",
    object: "đối tượng { }",
    null: "null (không có giá trị)",
  },
  en: {
    string: "a string in double quotes",
    number: "a number",
    integer: "a whole number",
    float: "a number with decimals",
    boolean: "true or false",
    array: "a list [ ]",
    object: "an object { }",
    null: "null (no value)",
  },
};

const FORMAT_WORDS: Words<DataFormat> = {
  vi: {
    date: "ngày viết dạng YYYY-MM-DD",
    code: "mã gồm chữ cái không dấu, chữ số và _ . - (bắt đầu bằng chữ hoặc số)",
    version: "số phiên bản dạng 1.0.0",
    deadline: "năm YYYY hoặc ngày YYYY-MM-DD",
    period_key: "khóa kỳ gồm chữ in hoa không dấu và chữ số (như Q1, H1, Y)",
    unit_or_group: "mã đơn vị hoặc nhóm @all, @level:…, @kind:…",
  },
  en: {
    date: "a date written YYYY-MM-DD",
    code: "a code of letters, digits and _ . - (starting with a letter or digit)",
    version: "a version like 1.0.0",
    deadline: "a year YYYY or a date YYYY-MM-DD",
    period_key: "a period key of capital letters and digits (such as Q1, H1, Y)",
    unit_or_group: "a unit code or a group @all, @level:…, @kind:…",
  },
};

const SYNTAX_WORDS: Words<JsonSyntax> = {
  vi: {
    invalid_symbol: "có ký tự không hợp lệ",
    invalid_number_format: "số viết sai dạng",
    property_name_expected: "thiếu tên trường trong dấu ngoặc kép (hoặc thừa dấu phẩy cuối)",
    value_expected: "thiếu giá trị (hoặc thừa dấu phẩy cuối)",
    colon_expected: "thiếu dấu hai chấm",
    comma_expected: "thiếu dấu phẩy",
    close_brace_expected: "thiếu dấu } đóng đối tượng",
    close_bracket_expected: "thiếu dấu ] đóng danh sách",
    end_of_file_expected: "còn nội dung sau khi dữ liệu JSON đã kết thúc",
    invalid_comment_token: "JSON không cho phép ghi chú (comment)",
    unexpected_end_of_comment: "ghi chú chưa được đóng",
    unexpected_end_of_string: "chuỗi chữ thiếu dấu ngoặc kép đóng",
    unexpected_end_of_number: "số bị cắt cụt",
    invalid_unicode: "mã Unicode sau \\u không hợp lệ",
    invalid_escape_character: "ký tự sau dấu \\ không hợp lệ",
    invalid_character: "chuỗi chữ chứa ký tự không được phép (như xuống dòng)",
    other: "lỗi cú pháp không rõ loại",
  },
  en: {
    invalid_symbol: "an invalid symbol",
    invalid_number_format: "a badly written number",
    property_name_expected: "a property name in double quotes expected (or a trailing comma)",
    value_expected: "a value expected (or a trailing comma)",
    colon_expected: "a colon expected",
    comma_expected: "a comma expected",
    close_brace_expected: "a closing } of an object expected",
    close_bracket_expected: "a closing ] of a list expected",
    end_of_file_expected: "more text after the end of the JSON data",
    invalid_comment_token: "JSON allows no comments",
    unexpected_end_of_comment: "a comment is not closed",
    unexpected_end_of_string: "a string lacks its closing double quote",
    unexpected_end_of_number: "a number is cut short",
    invalid_unicode: "an invalid Unicode code after \\u",
    invalid_escape_character: "an invalid character after \\",
    invalid_character: "a string holds a character it may not (such as a line break)",
    other: "a syntax error of unknown kind",
  },
};

const ROOT: Readonly<Record<Language, string>> = { vi: "(toàn tệp)", en: "(root)" };

function show(name: string, value: string | number, lang: Language): string {
  if (typeof value === "number") return lang === "vi" ? String(value).replace(".", ",") : String(value);
  if ((name === "expected" || name === "received") && isJsonType(value)) return TYPE_WORDS[lang][value];
  if (name === "format" && isDataFormat(value)) return FORMAT_WORDS[lang][value];
  if (name === "syntax") return (SYNTAX_WORDS[lang] as Readonly<Record<string, string>>)[value] ?? value;
  return value;
}

/** The problem's message in a language, its params filled in. */
export function describeDataProblem(problem: Pick<DataProblem, "code" | "params">, lang: Language): string {
  return MESSAGES[lang][problem.code].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = problem.params[name];
    return v === undefined ? whole : show(name, v, lang);
  });
}

/** `file:line:column path: message`, the message in a language; a syntax error has no path, only its place. */
export function formatProblem(p: DataProblem, lang: Language): string {
  const at = p.line === undefined ? p.source : `${p.source}:${p.line}:${p.column ?? 1}`;
  const path = p.path || (p.code === "json_syntax" && p.line !== undefined ? "" : ROOT[lang]);
  return `${at}${path ? ` ${path}` : ""}: ${describeDataProblem(p, lang)}`;
}

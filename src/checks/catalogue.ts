import type { Severity } from '../model/report.js';

type Text = { zh: string; en: string };

export interface RuleInfo {
  id: string;
  /** which check family emits it (one module under src/checks/) */
  family: string;
  severity: Severity;
  /** the data key that identifies one finding of this rule (DESIGN.md) */
  key: string;
  title: Text;
  description: Text;
  /** message templates by message id; `{name}` is replaced from the finding's data */
  messages: Record<string, Text>;
}

/**
 * Every rule the tool can report, with its messages in Chinese and English. Rule ids are stable: they
 * appear in reports, SARIF, waivers and round comparisons (add, never rename). Severity is decided here,
 * not by the check that reports the finding.
 */
export const RULES: RuleInfo[] = [
  {
    id: 'document-missing', family: 'completeness', severity: 'error', key: 'document',
    title: { zh: '文书缺失', en: 'Document missing' },
    description: { zh: '案卷缺少必备或依条件必备的文书。', en: 'A required or conditionally required document is absent.' },
    messages: {
      required: { zh: '缺少{name}（{document}）。依据：{basis}', en: 'Missing {nameEn} ({document}). Basis: {basis}' },
      conditional: { zh: '缺少{name}（{document}）：{reasonZh}。依据：{basis}', en: 'Missing {nameEn} ({document}): {reasonEn}. Basis: {basis}' },
      receipt: { zh: '缺少{servedName}的送达回执。依据：{basis}', en: 'No service receipt for the {servedNameEn}. Basis: {basis}' },
    },
  },
  {
    id: 'deadline-missed', family: 'deadlines', severity: 'error', key: 'deadline',
    title: { zh: '超过法定期限', en: 'Deadline missed' },
    description: { zh: '两个程序环节之间超过法定期限。', en: 'A limit between two dated steps was exceeded.' },
    messages: {
      missed: { zh: '{name}：{fromDate}（{fromName}）至{toDate}（{toName}）为{actual}{unitZh}，超过{limit}{unitZh}的期限。依据：{basis}', en: '{deadline}: {fromDate} ({from}) to {toDate} ({to}) is {actual} {unitEn}, over the limit of {limit}. Basis: {basis}' },
      open: { zh: '{name}：{fromDate}（{fromName}）后至{asOf}仍无{toName}，已过{actual}{unitZh}，超过{limit}{unitZh}的期限。依据：{basis}', en: '{deadline}: no {to} by {asOf}, {actual} {unitEn} after {fromDate} ({from}); the limit is {limit}. Basis: {basis}' },
    },
  },
  {
    id: 'deadline-approaching', family: 'deadlines', severity: 'warning', key: 'deadline',
    title: { zh: '期限即将届满', en: 'Deadline approaching' },
    description: { zh: '未办结环节的法定期限即将届满（按 --as-of 日期计算）。', en: 'An open step is close to its legal limit (as of --as-of).' },
    messages: {
      approaching: { zh: '{name}：{fromDate}（{fromName}）后尚无{toName}，期限至{due}届满（剩{left}{unitZh}）。依据：{basis}', en: '{deadline}: no {to} yet after {fromDate} ({from}); the limit ends on {due} ({left} {unitEn} left). Basis: {basis}' },
    },
  },
  {
    id: 'period-not-observed', family: 'deadlines', severity: 'error', key: 'deadline',
    title: { zh: '未保障法定期间', en: 'Waiting period cut short' },
    description: { zh: '法定期间（如陈述申辩期）未届满即作出下一步。', en: 'A minimum waiting period (e.g. the statement period) was cut short.' },
    messages: {
      short: { zh: '{name}：{fromDate}（{fromName}）至{toDate}（{toName}）仅{actual}{unitZh}，未满{limit}{unitZh}。依据：{basis}', en: '{deadline}: only {actual} {unitEn} from {fromDate} ({from}) to {toDate} ({to}); at least {limit} required. Basis: {basis}' },
    },
  },
  {
    id: 'date-order', family: 'order', severity: 'error', key: 'pair',
    title: { zh: '程序顺序错误', en: 'Steps out of order' },
    description: { zh: '两份文书的日期与法定程序顺序相反（如审批晚于所批事项，疑似补签）。', en: 'Two documents are dated out of procedural order (e.g. an approval dated after what it approves).' },
    messages: {
      reversed: { zh: '{firstName}（{firstDate}）晚于{thenName}（{thenDate}），程序倒置或补签。依据：{basis}', en: '{first} ({firstDate}) is dated after {then} ({thenDate}): out of order or back-filled. Basis: {basis}' },
    },
  },
  {
    id: 'case-number-mismatch', family: 'consistency', severity: 'error', key: 'document',
    title: { zh: '案号不一致', en: 'Case number mismatch' },
    description: { zh: '文书的案件年度或序号与本案不一致。', en: "A document's case year/serial differs from the case's." },
    messages: {
      mismatch: { zh: '{name}文号“{found}”与本案{expected}不一致。', en: '{document} is numbered "{found}", the case is {expected}.' },
    },
  },
  {
    id: 'document-number-form', family: 'consistency', severity: 'warning', key: 'document',
    title: { zh: '文号格式不规范', en: 'Non-standard document number' },
    description: { zh: '文号年份未使用六角括号〔〕。', en: 'The year in a document number is not in 〔〕 brackets.' },
    messages: {
      bracket: { zh: '{name}文号“{found}”年份使用“{bracket}”，应为〔〕。', en: '{document} number "{found}" uses "{bracket}" around the year; the standard is 〔〕.' },
    },
  },
  {
    id: 'party-mismatch', family: 'consistency', severity: 'error', key: 'document',
    title: { zh: '当事人不一致', en: 'Party mismatch' },
    description: { zh: '文书载明的当事人名称与本案不一致。', en: "The party's name differs from the case's." },
    messages: {
      mismatch: { zh: '{name}当事人“{found}”与本案“{expected}”不一致。', en: '{document} names the party "{found}"; the case\'s party is "{expected}".' },
    },
  },
  {
    id: 'amount-mismatch', family: 'consistency', severity: 'error', key: 'document',
    title: { zh: '罚款金额不一致', en: 'Amount mismatch' },
    description: { zh: '罚款金额在决定书、缴款凭证之间不一致。', en: 'The fine differs between decision and receipt.' },
    messages: {
      mismatch: { zh: '{name}金额{found}元与决定书{expected}元不一致。', en: '{document} shows {found} yuan; the decision imposes {expected} yuan.' },
    },
  },
  {
    id: 'officers-fewer-than-two', family: 'officers', severity: 'error', key: 'document',
    title: { zh: '执法人员少于二人', en: 'Fewer than two officers' },
    description: { zh: '执法文书载明的执法人员少于二人。依据：行政处罚法第四十二条、第五十五条。', en: 'A record names fewer than two officers (APL arts. 42, 55).' },
    messages: {
      fewer: { zh: '{name}仅载明{count}名执法人员（{names}）。依据：行政处罚法第四十二条', en: '{document} names {count} officer(s) ({names}). Basis: APL art. 42' },
    },
  },
  {
    id: 'officer-certificate-missing', family: 'officers', severity: 'error', key: 'document',
    title: { zh: '未载明执法证号', en: 'Officer certificate number missing' },
    description: { zh: '执法人员未载明执法证件号码。', en: 'An officer is named without a certificate number.' },
    messages: {
      missing: { zh: '{name}中执法人员{officers}未载明执法证号。依据：行政处罚法第五十五条', en: '{document}: officer(s) {officers} named without a certificate number. Basis: APL art. 55' },
    },
  },
  {
    id: 'officer-certificate-invalid', family: 'officers', severity: 'error', key: 'document',
    title: { zh: '执法证件无效', en: 'Officer certificate invalid' },
    description: { zh: '执法证号不在执法人员名册中、已过期或与姓名不符。', en: 'A certificate unknown to the roster, expired on the date, or not matching the name.' },
    messages: {
      unknown: { zh: '{name}中{officer}的执法证号{certificate}不在执法人员名册中。', en: '{document}: certificate {certificate} of {officer} is not in the roster.' },
      expired: { zh: '{name}中{officer}的执法证{certificate}已于{expiry}到期，文书日期为{date}。', en: '{document}: certificate {certificate} of {officer} expired on {expiry}; the record is dated {date}.' },
      wrongName: { zh: '{name}中执法证号{certificate}在名册中属于{rosterName}，而非{officer}。', en: '{document}: certificate {certificate} belongs to {rosterName} in the roster, not {officer}.' },
    },
  },
  {
    id: 'legal-basis-missing', family: 'legal-basis', severity: 'error', key: 'document',
    title: { zh: '未引用法律依据', en: 'Legal basis missing' },
    description: { zh: '处罚决定未引用任何法律条文。', en: 'A decision cites no article.' },
    messages: {
      missing: { zh: '{name}未引用法律条文。依据：行政处罚法第五十九条', en: '{document} cites no article. Basis: APL art. 59' },
    },
  },
  {
    id: 'legal-basis-imprecise', family: 'legal-basis', severity: 'warning', key: 'document',
    title: { zh: '法律依据引用不具体', en: 'Legal basis imprecise' },
    description: { zh: '引用法律未具体到条（或该条分项时未具体到项）。', en: 'A law cited without its article (or item where the article has items).' },
    messages: {
      noArticle: { zh: '{name}引用《{law}》未写明条款（“{quote}”）。', en: '{document} cites 《{law}》 without an article ("{quote}").' },
      noItem: { zh: '{name}引用《{law}》第{article}条未写明项（该条分项）（“{quote}”）。', en: '{document} cites 《{law}》 art. {article} without the item (the article has items) ("{quote}").' },
    },
  },
  {
    id: 'legal-basis-outdated', family: 'legal-basis', severity: 'error', key: 'document',
    title: { zh: '引用已失效条文', en: 'Outdated legal basis' },
    description: { zh: '引用了已修订法律的旧条号或旧期限。', en: 'An article number or period from a repealed version.' },
    messages: {
      article: { zh: '{name}（{date}）引用《{law}》第{article}条为修订前条号。{replacement}', en: '{document} ({date}) cites 《{law}》 art. {article}, a number from the repealed version. {replacement}' },
      phrase: { zh: '{name}（{date}）仍使用旧范本表述“{quote}”。{replacement}', en: '{document} ({date}) still uses the old template wording "{quote}". {replacement}' },
    },
  },
  {
    id: 'simple-procedure-over-limit', family: 'legal-basis', severity: 'error', key: 'document',
    title: { zh: '简易程序超过限额', en: 'Simple procedure over its limit' },
    description: { zh: '当场处罚罚款超过简易程序法定限额。', en: 'An on-the-spot fine above the legal limit.' },
    messages: {
      over: { zh: '当场处罚罚款{fine}元，超过对{kindZh}{limit}元的简易程序限额。依据：{basis}', en: 'On-the-spot fine of {fine} yuan exceeds the simple-procedure limit of {limit} yuan for an {kind}. Basis: {basis}' },
    },
  },
  {
    id: 'file-unreadable', family: 'files', severity: 'error', key: 'file',
    title: { zh: '文件无法读取', en: 'File unreadable' },
    description: { zh: '文件损坏、截断、为空或格式无法识别。', en: 'A corrupt, truncated, empty or unknown file.' },
    messages: {
      unreadable: { zh: '无法读取：{reason}', en: 'Cannot be read: {reason}' },
      page: { zh: '第{page}页无法读取：{reason}', en: 'Page {page} cannot be read: {reason}' },
    },
  },
  {
    id: 'file-encrypted', family: 'files', severity: 'error', key: 'file',
    title: { zh: '文件已加密', en: 'File encrypted' },
    description: { zh: '文件设有密码，归档电子文件不得加密（DA/T 70-2018）。', en: 'A password-protected file (archives must not be encrypted, DA/T 70-2018).' },
    messages: { encrypted: { zh: '文件已加密：{reason}', en: 'Encrypted: {reason}' } },
  },
  {
    id: 'file-no-text', family: 'files', severity: 'warning', key: 'file',
    title: { zh: '文件无文字层', en: 'File has no text' },
    description: { zh: '扫描件等无文字层的文件，内容需人工核查。', en: 'A scan without a text layer: check it by eye.' },
    messages: { noText: { zh: '无文字层（扫描件？），未能自动核查内容：{reason}', en: 'No text layer (scan?); its contents were not checked: {reason}' } },
  },
  {
    id: 'file-duplicate', family: 'files', severity: 'warning', key: 'file',
    title: { zh: '重复文件', en: 'Duplicate file' },
    description: { zh: '与卷内另一文件内容完全相同。', en: 'Byte-identical to another file of the case.' },
    messages: { duplicate: { zh: '与{original}内容完全相同。', en: 'Identical to {original}.' } },
  },
  {
    id: 'file-unrecognized', family: 'files', severity: 'warning', key: 'file',
    title: { zh: '文书类型无法识别', en: 'Document type not recognised' },
    description: { zh: '既无可识别的标题也无可识别的文件名。', en: 'Neither the title nor the file name says what the document is.' },
    messages: {
      unrecognized: { zh: '无法识别文书类型（标题与文件名均不匹配）。', en: 'Document type not recognised (neither title nor file name matched).' },
      unsupported: { zh: '不支持的文件格式：{reason}', en: 'Unsupported format: {reason}' },
    },
  },
  {
    id: 'archive-empty', family: 'files', severity: 'error', key: 'input',
    title: { zh: '未发现案卷', en: 'No case files found' },
    description: { zh: '输入中没有任何可审查的案卷文书。', en: 'The inputs hold no case document to audit.' },
    messages: { empty: { zh: '{input} 中没有发现案卷文书。', en: 'No case documents found in {input}.' } },
  },
  {
    id: 'zip-entry-rejected', family: 'files', severity: 'error', key: 'file',
    title: { zh: '压缩包条目被拒绝', en: 'Zip entry refused' },
    description: { zh: '压缩包中路径越界（zip-slip）、疑似压缩炸弹、已加密或嵌套过深的条目未被读取。', en: 'A zip entry that escapes the archive (zip-slip), looks like a zip bomb, is encrypted or nested too deep was not read.' },
    messages: {
      'zip-slip': { zh: '压缩包条目路径越界（zip-slip），未读取：{reason}', en: 'Entry path escapes the archive (zip-slip), not read: {reason}' },
      'zip-bomb': { zh: '疑似压缩炸弹，未读取：{reason}', en: 'Looks like a zip bomb, not read: {reason}' },
      'zip-encrypted': { zh: '压缩包条目已加密，未读取：{reason}', en: 'Encrypted entry, not read: {reason}' },
      'zip-nested-limit': { zh: '压缩包嵌套过深，未读取：{reason}', en: 'Zip nested too deep, not read: {reason}' },
    },
  },
  {
    id: 'register-case-missing', family: 'register', severity: 'error', key: 'case',
    title: { zh: '台账案件无案卷', en: 'Register case without folder' },
    description: { zh: '台账登记的案件没有对应案卷。', en: 'A register row has no case folder.' },
    messages: { missing: { zh: '台账第{row}行案件{case}没有对应案卷。', en: 'Register row {row}: case {case} has no folder.' } },
  },
  {
    id: 'register-folder-unlisted', family: 'register', severity: 'error', key: 'folder',
    title: { zh: '案卷未登记台账', en: 'Folder not in register' },
    description: { zh: '案卷在台账中没有登记。', en: 'A case folder has no register row.' },
    messages: { unlisted: { zh: '案卷{folder}（{case}）未登记在台账中。', en: 'Folder {folder} ({case}) is not in the register.' } },
  },
  {
    id: 'register-mismatch', family: 'register', severity: 'error', key: 'field',
    title: { zh: '台账与案卷不一致', en: 'Register disagrees with documents' },
    description: { zh: '台账记载与案卷文书不一致。', en: 'The register disagrees with the documents.' },
    messages: { mismatch: { zh: '台账{column}为“{registerValue}”（第{row}行），案卷为“{documentValue}”（{documentFile}）。', en: 'Register {column} is "{registerValue}" (row {row}); the file says "{documentValue}" ({documentFile}).' } },
  },
];

export const RULE_BY_ID = new Map(RULES.map((r) => [r.id, r]));

/** Fill a message template from data; unknown placeholders stay visible rather than vanish. */
export function formatMessage(rule: string, messageId: string, data: Record<string, unknown>, lang: 'zh' | 'en'): string {
  const template = RULE_BY_ID.get(rule)?.messages[messageId]?.[lang] ?? `${rule}:${messageId}`;
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (data[key] === undefined || data[key] === null ? m : String(data[key])));
}

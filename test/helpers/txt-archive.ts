import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A small archive of plain-text case documents (the reader takes .txt as a document format): fast
 * fixtures for the CLI's behaviour. Real PDFs and DOCX are covered by the samples tests.
 */
export const CLEAN_CASE: Record<string, string> = {
  '01 现场检查记录.txt': '射阳县应急管理局\n现场检查记录\n被检查单位：射阳县华兴化工有限公司\n检查时间：2023年3月1日9时30分至11时00分\n检查人员：张伟 执法证号：32090019001、李娜 执法证号：32090019002\n',
  '02 立案审批表.txt': '射阳县应急管理局\n立案审批表\n（射）应急立〔2023〕12号\n当事人：射阳县华兴化工有限公司\n立案日期：2023年3月2日\n承办单位：执法一中队\n',
  '03 询问笔录.txt': '射阳县应急管理局\n询问笔录\n询问时间：2023年3月3日14时30分至15时20分\n被询问单位：射阳县华兴化工有限公司\n询问人：张伟 执法证号：32090019001\n记录人：李娜 执法证号：32090019002\n',
  '04 案件调查终结报告.txt': '射阳县应急管理局\n案件调查终结报告\n（射）应急终报〔2023〕12号\n当事人：射阳县华兴化工有限公司\n2023年3月10日\n',
  '05 行政处罚告知书.txt': '射阳县应急管理局\n行政处罚告知书\n（射）应急罚告〔2023〕12号\n射阳县华兴化工有限公司：\n依据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你单位可在收到本告知书之日起三个工作日内向本局进行陈述和申辩。\n2023年3月13日\n',
  '06 送达回执（告知书）.txt': '射阳县应急管理局\n文书送达回执\n送达文书名称及文号：行政处罚告知书（射）应急罚告〔2023〕12号\n受送达人：射阳县华兴化工有限公司\n送达时间：2023年3月13日\n',
  '07 案件处理呈批表.txt': '射阳县应急管理局\n案件处理呈批表\n（射）应急处呈〔2023〕12号\n当事人：射阳县华兴化工有限公司\n2023年3月20日\n',
  '08 行政处罚决定书.txt': '射阳县应急管理局\n行政处罚决定书\n（射）应急罚〔2023〕12号\n当事人：射阳县华兴化工有限公司\n违反了《中华人民共和国安全生产法》第四十一条第二款的规定，依据《中华人民共和国安全生产法》第一百零一条第（五）项的规定，决定给予罚款人民币壹万元整（¥10000元）的行政处罚。\n如不服本决定，可以在收到本决定书之日起六十日内向射阳县人民政府申请行政复议，或者在六个月内依法向射阳县人民法院提起行政诉讼。\n射阳县应急管理局\n2023年3月21日\n',
  '09 送达回执（决定书）.txt': '射阳县应急管理局\n文书送达回执\n送达文书名称及文号：行政处罚决定书（射）应急罚〔2023〕12号\n受送达人：射阳县华兴化工有限公司\n送达时间：2023年3月22日\n',
  '10 罚款缴纳凭证.txt': '罚款缴纳凭证\n缴款人：射阳县华兴化工有限公司\n金额：人民币壹万元整（¥10000.00）\n缴款日期：2023年3月30日\n',
  '11 结案审批表.txt': '射阳县应急管理局\n结案审批表\n（射）应急结〔2023〕12号\n当事人：射阳县华兴化工有限公司\n结案日期：2023年4月3日\n',
  '12 营业执照复印件.txt': '营业执照\n名称：射阳县华兴化工有限公司\n',
  '00 卷宗封面.txt': '射阳县应急管理局\n行政处罚案卷\n案号：（射）应急罚〔2023〕12号\n当事人：射阳县华兴化工有限公司\n',
  '00 卷内目录.txt': '卷内目录\n1 立案审批表\n2 现场检查记录\n',
  '13 备考表.txt': '备考表\n本卷共12件\n立卷时间：2023年4月10日\n',
};

export async function makeArchive(cases: Record<string, Record<string, string>>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'caseaudit-archive-'));
  for (const [folder, files] of Object.entries(cases)) {
    await mkdir(path.join(root, folder), { recursive: true });
    for (const [name, text] of Object.entries(files)) await writeFile(path.join(root, folder, name), text);
  }
  return root;
}

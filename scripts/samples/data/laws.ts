/**
 * The violations the cases are about, with the article violated and the penalty article, the
 * statutory range the decision quotes (never the fine), and realistic facts for the records.
 * Article numbers are the 2021 安全生产法 unless `edition: 2014` (the 2020 case: the 2014 text was in
 * force then, so its old numbers are correct there).
 */
import { cnNumber } from '../lib/cn.js';
import type { ManifestCitation } from '../lib/types.js';

export const SAFETY_LAW = '中华人民共和国安全生产法';
export const PENALTY_LAW = '中华人民共和国行政处罚法';

export interface Cite extends ManifestCitation {}

/** 《中华人民共和国安全生产法》第一百零一条第（五）项 */
export function citeText(c: Cite): string {
  let s = `《${c.law}》`;
  if (c.article) s += `第${cnNumber(c.article)}条`;
  if (c.paragraph) s += `第${cnNumber(c.paragraph)}款`;
  if (c.item) s += `第（${cnNumber(c.item)}）项`;
  return s;
}

export interface Violation {
  /** 案由 without the party: 未建立事故隐患排查治理制度 */
  cause: string;
  violated: Cite;
  penalty: Cite;
  /** the statutory range quoted from the penalty article */
  range: string;
  /** what the inspectors saw (one or two sentences, no party name) */
  found: string;
  /** rectification demanded */
  fix: string;
  /** the interviewee's admission, answering "情况是否属实" */
  admission: string;
  /** evidence list items beyond the standard ones */
  evidence: string[];
}

const s = (article: number, paragraph?: number, item?: number): Cite => ({ law: SAFETY_LAW, article, paragraph, item });

const R97 = '责令限期改正，处十万元以下的罚款；逾期未改正的，责令停产停业整顿，并处十万元以上二十万元以下的罚款，对其直接负责的主管人员和其他直接责任人员处二万元以上五万元以下的罚款';
const R99 = '责令限期改正，处五万元以下的罚款；逾期未改正的，处五万元以上二十万元以下的罚款，对其直接负责的主管人员和其他直接责任人员处一万元以上二万元以下的罚款';
const R101 = '责令限期改正，处十万元以下的罚款；逾期未改正的，责令停产停业整顿，并处十万元以上二十万元以下的罚款，对其直接负责的主管人员和其他直接责任人员处二万元以上五万元以下的罚款';

export const VIOLATIONS = {
  hazardSystem: {
    cause: '未建立事故隐患排查治理制度',
    violated: s(41, 2),
    penalty: s(101, undefined, 5),
    range: R101,
    found: '该单位未建立生产安全事故隐患排查治理制度，未开展事故隐患排查，甲类仓库内可燃气体报警器故障未被发现和处理',
    fix: '建立并落实事故隐患排查治理制度，对甲类仓库可燃气体报警器进行维修并组织全面隐患排查',
    admission: '属实。我们公司确实没有制定隐患排查治理制度，平时只是车间主任口头检查，没有书面记录，仓库报警器坏了也没有及时发现。',
    evidence: ['现场检查照片6张', '甲类仓库可燃气体报警器检测情况说明'],
  },
  training: {
    cause: '未按规定对从业人员进行安全生产教育和培训',
    violated: s(28, 1),
    penalty: s(97, undefined, 3),
    range: R97,
    found: '该单位新招用的从业人员未经安全生产教育和培训即上岗作业，无法提供岗前培训记录',
    fix: '对全体新进从业人员进行岗前安全生产教育和培训，考核合格后方可上岗',
    admission: '属实。今年新招的几个工人来了以后直接跟着老师傅干活，没有组织岗前安全培训，也没有考试。',
    evidence: ['从业人员花名册复印件', '劳动合同复印件3份'],
  },
  trainingRecord: {
    cause: '未如实记录安全生产教育和培训情况',
    violated: s(28, 4),
    penalty: s(97, undefined, 4),
    range: R97,
    found: '该单位安全生产教育和培训档案记载的培训时间、参训人员与实际不符，部分培训签到表为事后补签',
    fix: '建立真实完整的安全生产教育和培训档案，如实记录培训的时间、内容、参加人员以及考核结果',
    admission: '属实。培训档案是安全员后来补做的，有几次培训实际没有组织，签到表是事后让工人补签的。',
    evidence: ['安全生产教育和培训档案复印件', '培训签到表复印件'],
  },
  signs: {
    cause: '未在有较大危险因素的生产经营场所设置明显的安全警示标志',
    violated: s(35),
    penalty: s(99, undefined, 1),
    range: R99,
    found: '该单位液化气瓶存放间、配电房等有较大危险因素的场所未设置明显的安全警示标志',
    fix: '在液化气瓶存放间、配电房等场所设置符合国家标准的安全警示标志',
    admission: '属实。原来的警示标志装修的时候拆掉了，后来一直没有重新张贴。',
    evidence: ['现场检查照片4张'],
  },
  maintenance: {
    cause: '未对安全设备进行经常性维护、保养和定期检测',
    violated: s(36, 2),
    penalty: s(99, undefined, 3),
    range: R99,
    found: '该单位木工车间除尘系统泄爆片锈蚀、火花探测装置失效，无维护保养和定期检测记录',
    fix: '对除尘系统泄爆装置、火花探测装置进行维修并委托有资质的机构检测，建立维护保养记录',
    admission: '属实。除尘设备装好以后就没有请人检测过，平时也没有专人维护，火花探测器坏了一段时间了。',
    evidence: ['现场检查照片5张', '除尘系统设备台账复印件'],
  },
  plan: {
    cause: '未按照规定制定生产安全事故应急救援预案或者未定期组织演练',
    violated: s(81),
    penalty: s(97, undefined, 6),
    range: R97,
    found: '该单位未制定生产安全事故应急救援预案，近三年未组织过应急演练',
    fix: '制定生产安全事故应急救援预案并按规定组织演练，保存演练记录',
    admission: '属实。我们一直觉得公司规模小，没有编制应急预案，也没有搞过演练。',
    evidence: ['公司安全管理制度汇编复印件'],
  },
  special: {
    cause: '特种作业人员未按照规定经专门的安全作业培训并取得相应资格上岗作业',
    violated: s(30, 1),
    penalty: s(97, undefined, 7),
    range: R97,
    found: '该单位焊接车间2名电焊工未取得特种作业操作证即从事焊接与热切割作业',
    fix: '立即停止无证人员的特种作业，安排其参加培训并取得特种作业操作证后方可上岗',
    admission: '属实。这两个焊工是上个月招进来的，说是在老家干过电焊，我们没有查他们的操作证。',
    evidence: ['焊接作业现场照片3张', '两名焊工身份证复印件', '特种作业操作证查询结果截图'],
  },
  hotwork: {
    cause: '进行动火作业未安排专门人员进行现场安全管理',
    violated: s(43),
    penalty: s(101, undefined, 3),
    range: R101,
    found: '该单位在纺丝车间进行管道切割动火作业时，未办理动火作业审批手续，现场无专人监护',
    fix: '立即停止违规动火作业，完善危险作业审批制度，动火作业安排专门人员现场监护',
    admission: '属实。那天维修工急着换管道，没有办动火证，现场也没有安排监护人。',
    evidence: ['动火作业现场照片4张', '危险作业审批台账复印件'],
  },
  ppe: {
    cause: '未为从业人员提供符合国家标准或者行业标准的劳动防护用品',
    violated: s(45),
    penalty: s(99, undefined, 5),
    range: R99,
    found: '该单位打磨岗位从业人员未配备防尘口罩和护目镜，企业无劳动防护用品发放记录',
    fix: '为打磨岗位从业人员配发符合国家标准的防尘口罩、护目镜，建立发放记录并督促佩戴',
    admission: '属实。防护用品以前发过一次，用完了以后就没有再买，工人也没有要求。',
    evidence: ['打磨岗位现场照片3张', '劳动防护用品采购发票（无）情况说明'],
  },
  hazardRecord: {
    cause: '未将事故隐患排查治理情况如实记录',
    violated: s(41, 2),
    penalty: s(97, undefined, 5),
    range: R97,
    found: '该单位隐患排查台账中记载的已整改隐患在现场仍然存在，台账记录与实际不符',
    fix: '如实记录事故隐患排查治理情况，并通过职工大会或者信息公示栏向从业人员通报',
    admission: '属实。台账是安全员按月填的，有几条写了已整改，其实还没有整改完。',
    evidence: ['隐患排查治理台账复印件', '现场检查照片4张'],
  },
  riskControl: {
    cause: '未建立安全风险分级管控制度',
    violated: s(41, 1),
    penalty: s(101, undefined, 4),
    range: R101,
    found: '该单位未建立安全风险分级管控制度，未开展安全风险辨识评估，船台、涂装区域无风险告知',
    fix: '建立安全风险分级管控制度，开展风险辨识评估，设置风险公告栏和岗位风险告知卡',
    admission: '属实。风险分级管控这个我们听说过，但是一直没有做，也不知道怎么做。',
    evidence: ['现场检查照片5张', '公司安全管理制度目录复印件'],
  },
  majorHazard: {
    cause: '对重大危险源未登记建档、未进行定期检测评估监控',
    violated: s(40, 1),
    penalty: s(101, undefined, 2),
    range: R101,
    found: '该单位液氨储罐区构成三级重大危险源，未登记建档，未进行定期检测、评估，储罐液位监控数据未接入监控系统',
    fix: '对重大危险源登记建档，委托开展定期检测、评估，完善监控系统并向本局备案',
    admission: '属实。储罐区是前年扩建的，扩建以后没有重新辨识重大危险源，也没有去备案。',
    evidence: ['液氨储罐区现场照片6张', '储罐区设计资料复印件', '液位监控系统截图'],
  },
  hazchem: {
    cause: '储存危险物品未建立专门安全管理制度、未采取可靠的安全措施',
    violated: s(39, 2),
    penalty: s(101, undefined, 1),
    range: R101,
    found: '该单位将甲醇、乙酸乙酯等危险化学品混存于普通仓库，未建立危险化学品储存安全管理制度，无出入库登记',
    fix: '将危险化学品移入专用仓库分类储存，建立储存安全管理制度和出入库登记制度',
    admission: '属实。专用仓库在改造，就先放在普通仓库里了，出入库也没有登记。',
    evidence: ['仓库现场照片8张', '危险化学品采购清单复印件'],
  },
  gasAlarm: {
    cause: '餐饮场所使用燃气未安装可燃气体报警装置',
    violated: s(36, 4),
    penalty: s(99, undefined, 8),
    range: R99,
    found: '该单位后厨使用管道天然气，未安装可燃气体报警装置',
    fix: '在后厨用气场所安装可燃气体报警装置并保障其正常使用',
    admission: '属实。店是去年装修的，装修公司没有装报警器，我们也不知道必须要装。',
    evidence: ['后厨现场照片4张', '燃气供用气合同复印件'],
  },
  /** 2014 text (in force in 2020): training, arts. 25 (1) → 94 (3) */
  training2014: {
    cause: '未按规定对从业人员进行安全生产教育和培训',
    violated: s(25, 1),
    penalty: s(94, undefined, 3),
    range: '责令限期改正，可以处五万元以下的罚款；逾期未改正的，责令停产停业整顿，并处五万元以上十万元以下的罚款，对其直接负责的主管人员和其他直接责任人员处一万元以上二万元以下的罚款',
    found: '该单位纺纱车间新进从业人员未经安全生产教育和培训即上岗作业，无法提供培训记录',
    fix: '对全体新进从业人员进行安全生产教育和培训，考核合格后方可上岗',
    admission: '属实。今年招的十几个工人没有组织过安全培训，直接进车间跟班干活。',
    evidence: ['从业人员花名册复印件', '车间排班表复印件'],
  },
} satisfies Record<string, Violation>;

export type ViolationId = keyof typeof VIOLATIONS;

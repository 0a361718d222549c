// Word lists for names, places and units of a Hunan prefecture. Common characters only:
// every one of them has a GBK code, so the GBK feeds never lose a character.
import { type Random } from './random';

const SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙', '朱', '马', '胡', '郭', '林', '何', '高', '罗',
  '郑', '梁', '谢', '宋', '唐', '许', '邓', '冯', '韩', '曹', '曾', '彭', '萧', '蔡', '潘', '田', '董', '袁', '于', '余',
  '叶', '蒋', '杜', '苏', '魏', '程', '吕', '丁', '沈', '任', '姚', '卢', '傅', '钟', '姜', '崔', '谭', '廖', '范', '汪',
  '陆', '金', '石', '戴', '贾', '韦', '夏', '邱', '方', '侯', '邹', '熊', '孟', '秦', '白', '江', '阎', '薛', '尹', '段',
  '雷', '黎', '史', '龙', '陶', '贺', '顾', '毛', '郝', '龚', '邵', '万', '覃', '武', '钱', '戴', '严', '欧阳', '司马',
];
const GIVEN_MALE = '伟刚勇毅俊峰强军平保东文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信子杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛雄琛钧冠策腾楠榕风航弘';
const GIVEN_FEMALE = '秀娟英华慧巧美娜静淑惠珠翠雅芝玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽';

export function personName(random: Random, male: boolean): string {
  const surname = random.pick(SURNAMES);
  const pool = male ? GIVEN_MALE : GIVEN_FEMALE;
  const char = () => pool.charAt(random.int(0, pool.length - 1));
  const given = random.chance(0.7) ? char() + char() : char();
  return surname + given;
}

export interface County {
  readonly code: string;
  readonly name: string;
  /** Share of the population. */
  readonly weight: number;
  readonly streets: readonly string[];
}

// GB/T 2260 codes of Changde (常德市, 430700) and street names of each county seat.
export const COUNTIES: readonly County[] = [
  { code: '430702', name: '武陵区', weight: 0.2, streets: ['武陵大道', '人民路', '朗州路', '建设路', '洞庭大道', '丹阳路', '紫缘路', '皂果路', '常德大道', '柳叶大道', '沅安路', '青年路'] },
  { code: '430703', name: '鼎城区', weight: 0.14, streets: ['桃花源路', '鼎城路', '金霞路', '郎州北路', '民主路', '阳明路', '善卷路', '鼎城大道'] },
  { code: '430721', name: '安乡县', weight: 0.07, streets: ['深柳大道', '书院路', '城关路', '西湖路', '振兴路', '澧水路'] },
  { code: '430722', name: '汉寿县', weight: 0.1, streets: ['龙阳路', '银城路', '沧浪路', '株木山路', '东正街', '西正街'] },
  { code: '430723', name: '澧县', weight: 0.12, streets: ['澧阳路', '澧浦路', '城头山大道', '荣家河路', '解放路', '仙鹤路'] },
  { code: '430724', name: '临澧县', weight: 0.06, streets: ['安福路', '望城路', '向阳路', '道水路', '丁玲路', '南门路'] },
  { code: '430725', name: '桃源县', weight: 0.13, streets: ['漳江路', '黄甲铺路', '沅江路', '桃花路', '陬市路', '渔父路'] },
  { code: '430726', name: '石门县', weight: 0.1, streets: ['宝峰路', '澧阳大道', '楚江路', '永兴路', '夹山路', '白云路'] },
  { code: '430781', name: '津市市', weight: 0.08, streets: ['襄阳街', '孟姜女大道', '人民路', '新建路', '窑坡路', '汪家桥路'] },
];

export const PREFECTURE = { code: '430700', name: '常德市' } as const;

export function pickCounty(random: Random): County {
  return random.weighted(COUNTIES.map((county) => [county, county.weight] as const));
}

export function homeAddress(random: Random, county: County): string {
  return `湖南省常德市${county.name}${random.pick(county.streets)}${random.int(1, 399)}号${random.int(1, 30)}栋${random.int(1, 6)}单元${random.int(1, 28)}0${random.int(1, 4)}室`;
}

const COMPANY_WORDS = ['鑫盛', '华泰', '恒达', '宏图', '德润', '金源', '瑞丰', '湘楚', '沅澧', '天成', '嘉禾', '兴旺', '银河', '博远', '众诚', '鼎新', '广厦', '聚丰', '安泰', '鸿运', '星辰', '振华', '万通', '长盛', '锦绣', '汇通', '世纪', '卓越', '丰华', '信达'];
const COMPANY_TRADES = ['建筑工程', '商贸', '物流', '农业开发', '信息技术', '装饰工程', '市政工程', '环保科技', '医疗器械', '餐饮管理', '物业管理', '园林绿化', '电子科技', '建材', '劳务', '印务', '文化传媒', '机电设备'];
const COMPANY_FORMS = ['有限公司', '有限责任公司', '股份有限公司'];

export function companyName(random: Random, county: County): string {
  const prefix = random.chance(0.5) ? '常德' : county.name.replace(/[区县市]$/, '');
  return `${prefix}${random.pick(COMPANY_WORDS)}${random.pick(COMPANY_TRADES)}${random.pick(COMPANY_FORMS)}`;
}

const CITY_BUREAUS = ['住房和城乡建设局', '教育局', '财政局', '自然资源和规划局', '交通运输局', '水利局', '农业农村局', '卫生健康委员会', '民政局', '人力资源和社会保障局', '生态环境局', '城市管理和综合执法局', '市场监督管理局', '商务局', '文化旅游广电体育局', '应急管理局', '发展和改革委员会', '公路建设养护中心'];
const COUNTY_BUREAUS = ['人民政府办公室', '住房和城乡建设局', '教育局', '财政局', '交通运输局', '水利局', '农业农村局', '卫生健康局', '民政局', '自然资源局', '城市管理局'];
const INSTITUTIONS = ['常德市第一人民医院', '常德市第一中学', '常德市第二人民医院', '常德职业技术学院', '常德市公共资源交易服务中心', '常德市城市建设投资集团有限公司'];

export interface Unit {
  readonly name: string;
  readonly regionCode: string;
  readonly kind: '11' | '12';
}

/** Government bodies and public institutions: officials' employers and the buyers of bids. */
export function publicUnits(): Unit[] {
  const units: Unit[] = CITY_BUREAUS.map((bureau) => ({ name: `常德市${bureau}`, regionCode: PREFECTURE.code, kind: '11' as const }));
  for (const name of INSTITUTIONS) units.push({ name, regionCode: PREFECTURE.code, kind: '12' });
  for (const county of COUNTIES) {
    for (const bureau of COUNTY_BUREAUS) units.push({ name: `${county.name}${bureau}`, regionCode: county.code, kind: '11' });
  }
  return units;
}

export const POSITIONS: ReadonlyArray<readonly [position: string, rank: string]> = [
  ['科员', '一级科员'], ['科员', '二级科员'], ['副科长', '四级主任科员'], ['科长', '一级主任科员'], ['副主任', '三级主任科员'],
  ['副局长', '二级调研员'], ['局长', '一级调研员'], ['办公室主任', '二级主任科员'], ['股长', '四级主任科员'], ['专技人员', '专业技术十级'],
];

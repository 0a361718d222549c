import { allRegions, isPlaceholderName, type Region } from './region-table';

// Names and short names of current regions, for looking a code up by name and for
// finding regions inside an address. Built on first use.

// The 55 minority nationalities, to shorten 恩施土家族苗族自治州 to 恩施.
const NATIONALITIES =
  '蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各';
const AUTONOMOUS_SUFFIX = new RegExp(`(?:(?:${NATIONALITIES})族)+自治(?:区|州|县|旗)$`);
const PROVINCE_SUFFIX = /(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/;
const CITY_SUFFIX = /(?:市|地区|盟)$/;
const COUNTY_SUFFIX = /(?:县|市|旗|自治县|自治旗)$/;

/** Short forms people write: 湖南 for 湖南省, 恩施 for 恩施土家族苗族自治州, 汉寿 for 汉寿县. */
export function shortNamesOf(region: Region): string[] {
  const { name, level } = region;
  if (level === 'province') {
    const short = name.replace(PROVINCE_SUFFIX, '');
    return short !== name ? [short] : [];
  }
  // Districts (区) keep their full name: 武陵 alone would also match inside 武陵源区.
  if (level === 'county' && name.endsWith('区')) return [];
  const short = name.replace(AUTONOMOUS_SUFFIX, '').replace(level === 'city' ? CITY_SUFFIX : COUNTY_SUFFIX, '');
  if (short.length < 2 || short === name) return [];
  // Autonomous prefectures are usually written 恩施州, 湘西州.
  return name.endsWith('自治州') ? [short, `${short}州`] : [short];
}

let index: { byName: Map<string, Region[]>; longestName: number } | undefined;

export function regionNameIndex(): { byName: Map<string, Region[]>; longestName: number } {
  if (index) return index;
  const byName = new Map<string, Region[]>();
  let longestName = 0;
  const add = (name: string, region: Region): void => {
    const list = byName.get(name);
    if (list === undefined) byName.set(name, [region]);
    else if (!list.includes(region)) list.push(region);
    longestName = Math.max(longestName, name.length);
  };
  for (const region of allRegions()) {
    if (!region.current || isPlaceholderName(region.name)) continue;
    add(region.name, region);
    for (const short of shortNamesOf(region)) add(short, region);
  }
  index = { byName, longestName };
  return index;
}

/** Current regions with this exact name or short name. */
export function regionsNamed(name: string): readonly Region[] {
  return regionNameIndex().byName.get(name) ?? [];
}

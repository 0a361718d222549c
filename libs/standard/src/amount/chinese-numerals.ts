import nzhcn from 'nzh/cn';

// Chinese amounts in words, 壹佰贰拾叁元肆角伍分 or 十二万三千元: the yuan part is
// decoded by nzh; 角 and 分 are single digits read here.

const CAPITAL_TO_PLAIN: Record<string, string> = {
  壹: '一', 贰: '二', 貳: '二', 叁: '三', 參: '三', 肆: '四', 伍: '五', 陆: '六', 陸: '六',
  柒: '七', 捌: '八', 玖: '九', 拾: '十', 佰: '百', 仟: '千', 萬: '万', 億: '亿', 两: '二', 〇: '零',
};
const DIGITS = '零一二三四五六七八九';
const NUMERAL = '[零〇一二三四五六七八九十百千万亿壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億两]';
const DIGIT = '[一二三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖两]';
const IN_WORDS = new RegExp(
  `^(?:(${NUMERAL}+)[元圆])?零?(?:(${DIGIT}|零)角)?零?(?:(${DIGIT})分)?$|^(${NUMERAL}+)$`,
);

function toPlain(text: string): string {
  return text.replace(/./gu, (c) => CAPITAL_TO_PLAIN[c] ?? c);
}

function digitValue(text: string | undefined): number {
  return text === undefined ? 0 : DIGITS.indexOf(toPlain(text));
}

/** Fen, or null when the text is not an amount in words. `整`/`人民币` already removed. */
export function parseAmountInWords(text: string): number | null {
  const match = IN_WORDS.exec(text);
  if (!match || text === '') return null;
  const [, yuanText, jiaoText, fenText, bareYuanText] = match;
  const wholeText = yuanText ?? bareYuanText;
  let yuan = 0;
  if (wholeText !== undefined) {
    const plain = toPlain(wholeText);
    // nzh decodes leniently; two digits in a row (一二) are not a number.
    if (/[一二三四五六七八九]{2}/.test(plain)) return null;
    yuan = Number(nzhcn.decodeS(plain));
    if (!Number.isSafeInteger(yuan) || yuan < 0) return null;
  }
  return yuan * 100 + digitValue(jiaoText) * 10 + digitValue(fenText);
}

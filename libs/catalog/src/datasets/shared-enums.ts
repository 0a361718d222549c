import { enumValue } from './define-field';

// Codes follow the national codes where one exists (GB/T 2261.1 sex: 1 male, 2 female,
// 0 unknown, 9 unstated), so a feed that exports the numeric code maps too.

export const GENDER_VALUES = [
  enumValue('male', ['男', 'Male'], ['男', '男性', 'm', 'male', '1']),
  enumValue('female', ['女', 'Female'], ['女', '女性', 'f', 'female', '2']),
  enumValue('unknown', ['未知', 'Unknown'], ['未知', '未知的性别', '未说明', '未说明的性别', '0', '9', 'u', 'unknown']),
];

/** How the related person stands to the row's person: `spouse` = the relative is the spouse. */
export const FAMILY_RELATION_VALUES = [
  enumValue('spouse', ['配偶', 'Spouse'], ['配偶', '夫妻', '夫', '妻', '丈夫', '妻子', '之夫', '之妻', '爱人', 'spouse', 'husband', 'wife']),
  enumValue('parent', ['父母', 'Parent'], ['父母', '父亲', '母亲', '父', '母', '之父', '之母', 'parent', 'father', 'mother']),
  enumValue('child', ['子女', 'Child'], [
    '子女', '儿子', '女儿', '子', '女', '长子', '次子', '三子', '独子', '长女', '次女', '三女', '独女', '养子', '养女',
    '继子', '继女', 'child', 'son', 'daughter',
  ]),
  enumValue('sibling', ['兄弟姐妹', 'Sibling'], [
    '兄弟姐妹', '兄弟', '姐妹', '兄', '弟', '姐', '妹', '哥哥', '弟弟', '姐姐', '妹妹', 'sibling', 'brother', 'sister',
  ]),
];

export const SATISFACTION_VALUES = [
  enumValue('satisfied', ['满意', 'Satisfied'], ['满意', '非常满意', '很满意', '十分满意']),
  enumValue('basically_satisfied', ['基本满意', 'Basically satisfied'], ['基本满意', '比较满意', '较满意', '一般']),
  enumValue('unsatisfied', ['不满意', 'Unsatisfied'], ['不满意', '非常不满意', '很不满意', '不太满意']),
  enumValue('none', ['未回访', 'No callback'], ['未回访', '未评价', '无需回访', '不需回访', '无法回访', '无', '空']),
];

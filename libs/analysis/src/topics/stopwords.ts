// Character bigrams that say nothing about what a complaint is about: how callers and
// operators phrase every ticket. Kept small on purpose; TF-IDF down-weights the rest.
export const TOPIC_STOPWORDS: readonly string[] = [
  '反映', '来电', '电人', '市民', '群众', '要求', '希望', '问题', '相关', '部门', '尽快', '处理', '情况', '已经', '没有',
  '一直', '多次', '政府', '帮忙', '协调', '核实', '本人', '我们', '他们', '至今', '请求', '目前', '现在', '进行', '是否',
  '如何', '可以', '不能', '能够', '这个', '那个', '什么', '一下', '为何', '还是', '以及', '并且', '但是', '因为', '所以',
  '表示', '诉求', '咨询', '谢谢', '市长', '热线', '工单', '得到', '给予', '解决', '请相', '关部', '门尽', '快处', '的问',
];

// The reference catalogue: every key the UI uses is defined here first, in Chinese.
export const zhCN = {
  'platform.name': '智监',
  'platform.tagline': '监督数据平台 · 一库三系统',

  'app.library.title': '数据资源库',
  'app.library.description':
    '部门数据交付、标准化、质量与隔离区：各部门按数据责任清单交付数据，经标准化、质量检查后汇入共享数据资源库，问题数据进入隔离区待核。',
  'app.library.upcoming': '数据责任清单、批次交付、质量报告与隔离区即将上线。',
  'app.query.title': '关联查询',
  'app.query.description':
    '按身份证号、统一社会信用代码、车牌、姓名查找主体，并展开其与人员、企业、房产、车辆之间的关系。',
  'app.query.upcoming': '主体检索、主体档案与关系展开即将上线。',
  'app.analysis.title': '情报分析',
  'app.analysis.description': '热点、重复投诉、趋势、关系网络：从共享数据中发现问题线索。',
  'app.analysis.upcoming': '热点分析、重复投诉、趋势研判与关系网络即将上线。',
  'app.warning.title': '监督预警',
  'app.warning.description': '预警模型与预警处置闭环：推送 → 核查 → 整改 → 销号。',
  'app.warning.upcoming': '预警模型、预警列表与处置闭环即将上线。',

  'home.upcomingTitle': '功能建设中',

  'role.admin': '系统管理员',
  'role.analyst': '分析研判员',
  'role.steward': '数据管理员',
  'role.supervisor': '监督员',
  'role.handler': '处置人员',

  'shell.navLabel': '系统导航',
  'shell.logout': '退出登录',
  'shell.logoutFailed': '退出登录失败：{reason}',

  'notifications.title': '通知',
  'notifications.empty': '暂无通知',
  'notifications.markAllRead': '全部标为已读',
  'lang.switch': 'English',

  'login.title': '用户登录',
  'login.username': '用户名',
  'login.usernameRequired': '请输入用户名',
  'login.password': '密码',
  'login.passwordRequired': '请输入密码',
  'login.submit': '登录',
  'login.unreachable': '无法连接服务器，请稍后重试',

  'session.loadFailed': '无法获取登录状态',
  'session.retry': '重试',
  'load.failed': '数据加载失败',
  'load.retry': '重试',
  'load.unreachable': '无法连接服务器，请稍后重试',

  'forbidden.title': '无权访问',
  'forbidden.subtitle': '您的账号无权使用「{app}」。',
  'forbidden.choose': '您可以使用以下系统：',
  'forbidden.none': '您的账号尚未开通任何系统，请联系系统管理员。',

  'notFound.title': '页面不存在',
  'notFound.back': '返回首页',
  'routeError.title': '页面出错了',
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof zhCN;

// Downloads come from libs/ui, shared by every app.
export { downloadBase64, downloadBlob } from '@zhijian/ui';

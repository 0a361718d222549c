// Downloads come from libs/ui, shared by every app.
export { downloadBase64, downloadDataUrl } from '@zhijian/ui';

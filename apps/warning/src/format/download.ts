// Downloads come from libs/ui, shared by every app.
export { downloadBase64 } from '@zhijian/ui';

/** Reads a picked file as base64 (without the data-URL prefix), for the attach procedure. */
export function fileToBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

// The shared failed-query alert, under the name this app's pages import.
export { LoadError } from '@zhijian/ui';

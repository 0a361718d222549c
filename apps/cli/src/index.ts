export { CliError } from './output';

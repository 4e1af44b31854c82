/**
 * A command's flags, read the one way every command reads them: unknown flags and stray words refused with
 * the command's usage (exit 2), --help printing it (exit 0).
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']> & { help: { type: 'boolean' } };

export type Flags<O extends Options> = ReturnType<
  typeof parseArgs<{ options: O; strict: true; allowPositionals: false }>
>['values'];

/** The flags, or the exit code the command ends with (having printed why). */
export function readFlags<O extends Options>(
  options: O,
  usage: string,
  args = process.argv.slice(2),
): Flags<O> | number {
  let values: Flags<O>;
  try {
    values = parseArgs({ args, options, strict: true, allowPositionals: false }).values as Flags<O>;
  } catch (err) {
    console.error(`${(err as Error).message}\n${usage}`);
    return 2;
  }
  if ((values as { help?: boolean }).help) {
    console.log(usage);
    return 0;
  }
  return values;
}

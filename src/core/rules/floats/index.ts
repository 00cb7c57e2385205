import type { Rule } from '../../rule';
import { figureCaption, tableCaption } from './caption';
import { figureFile } from './figure-file';
import { figureNumbering, tableNumbering } from './numbering';
import { figureOrder, tableOrder } from './order';
import { figureUndefined, tableUndefined } from './undefined';
import { figureUnmentioned, tableUnmentioned } from './unmentioned';

export const floatRules: Rule[] = [
  figureUndefined,
  figureUnmentioned,
  figureOrder,
  figureNumbering,
  figureCaption,
  figureFile,
  tableUndefined,
  tableUnmentioned,
  tableOrder,
  tableNumbering,
  tableCaption,
];

/**
 * Every supported query operator, by Kusto.Language syntax kind. A kind missing here is reported
 * as EA101 (unsupported operator) with its position.
 */
import { count, distinct, extend, identity, project, projectByName, render, sort, take, top, where } from './basic';
import { summarize } from './summarize';
import { join, lookup, union } from './join';
import { mvExpand, parse, parseWhere } from './expand';
import { print, range } from './sources';
import { mvApply } from './mv-apply';
import { makeSeries } from './make-series';
import { parseKv } from './parse-kv';
import { asOperator, sample, sampleDistinct } from './sample';
import { getschema } from './getschema';
import { evaluate } from './evaluate';
import { invoke, projectByNames } from './project-by-names';
import { scan } from './scan';
import { topNested } from './top-nested';
import type { OperatorHandler } from './types';

export type OperatorKind =
  | 'FilterOperator' | 'ExtendOperator' | 'ProjectOperator' | 'ProjectAwayOperator' | 'ProjectKeepOperator'
  | 'ProjectRenameOperator' | 'ProjectReorderOperator' | 'SummarizeOperator' | 'SortOperator' | 'TopOperator'
  | 'TakeOperator' | 'DistinctOperator' | 'CountOperator' | 'RenderOperator' | 'SerializeOperator' | 'AsOperator'
  | 'JoinOperator' | 'LookupOperator' | 'UnionOperator' | 'MvExpandOperator' | 'ParseOperator' | 'ParseWhereOperator'
  | 'PrintOperator' | 'RangeOperator' | 'MvApplyOperator' | 'MakeSeriesOperator' | 'ParseKvOperator'
  | 'SampleOperator' | 'SampleDistinctOperator' | 'GetSchemaOperator' | 'EvaluateOperator' | 'ProjectByNamesOperator' | 'InvokeOperator'
  | 'ScanOperator' | 'TopNestedOperator';

export const OPERATORS: Record<OperatorKind, OperatorHandler> = {
  FilterOperator: where,
  ExtendOperator: extend,
  ProjectOperator: project,
  ProjectAwayOperator: projectByName,
  ProjectKeepOperator: projectByName,
  ProjectRenameOperator: projectByName,
  ProjectReorderOperator: projectByName,
  SummarizeOperator: summarize,
  SortOperator: sort,
  TopOperator: top,
  TakeOperator: take,
  DistinctOperator: distinct,
  CountOperator: count,
  RenderOperator: render,
  SerializeOperator: identity,
  AsOperator: asOperator,
  JoinOperator: join,
  LookupOperator: lookup,
  UnionOperator: union,
  MvExpandOperator: mvExpand,
  ParseOperator: parse,
  ParseWhereOperator: parseWhere,
  PrintOperator: print,
  RangeOperator: range,
  MvApplyOperator: mvApply,
  MakeSeriesOperator: makeSeries,
  ParseKvOperator: parseKv,
  SampleOperator: sample,
  SampleDistinctOperator: sampleDistinct,
  GetSchemaOperator: getschema,
  EvaluateOperator: evaluate,
  ProjectByNamesOperator: projectByNames,
  InvokeOperator: invoke,
  ScanOperator: scan,
  TopNestedOperator: topNested,
};

// The published tables, one zod object each: the single definition of every record's shape. CSV headers,
// JSON keys, JSON Schemas and the Data Package descriptor are all derived from these.
import { z } from 'zod';
import { code, count, flag, head, optionalText, ref, sourceLine, text } from './fields.ts';

const goalNumber = z.number().int().min(1).max(9).meta({ title: '基本目標番号', description: 'Number of the 基本目標 (basic goal), 1–5' });

export const Kgi = z
  .object({
    ...head('kgi'),
    number: count({ title: '番号', description: 'Order of the KGI in the plan' }),
    name: text({ title: '重要目標達成指標', description: 'Key goal indicator (KGI) named by the basic concept' }),
    sourceLine,
  })
  .strict()
  .meta({ title: '重要目標達成指標（KGI）' });

export const Goal = z
  .object({
    ...head('goal'),
    number: goalNumber,
    name: text({ title: '基本目標名', description: 'Name (field) of the basic goal' }),
    statement: text({ title: '基本目標', description: 'The goal as the plan states it (…を実現する)' }),
    sourceLine,
    statementSourceLine: sourceLine.meta({ title: '基本目標出典行', description: 'Line where the statement begins' }),
  })
  .strict()
  .meta({ title: '基本目標' });

export const Policy = z
  .object({
    ...head('policy'),
    code: code(/^\d+-\d+$/, { title: '施策番号', description: 'Policy code goal-policy, e.g. 4-1' }),
    goalId: ref('goals', 'goal', { title: '基本目標ID' }),
    number: count({ title: '施策内番号', description: 'Number of the policy within its goal' }),
    name: text({ title: '施策名', description: 'Name of the policy (施策)' }),
    sourceLine,
  })
  .strict()
  .meta({ title: '施策' });

export const Pillar = z
  .object({
    ...head('pillar'),
    code: code(/^\d+-\d+-\d+$/, { title: '施策の柱番号', description: 'Pillar code goal-policy-pillar, e.g. 4-1-1' }),
    policyId: ref('policies', 'policy', { title: '施策ID' }),
    number: count({ title: '柱番号', description: 'Number of the pillar within its policy' }),
    name: text({ title: '施策の柱名', description: 'Name of the pillar (施策の柱) as 第２章 gives it' }),
    sourceLine,
  })
  .strict()
  .meta({ title: '施策の柱' });

export const Project = z
  .object({
    ...head('project'),
    number: count({ title: 'プロジェクト番号', description: 'Number of the priority project' }),
    name: text({ title: 'プロジェクト名', description: 'Name of the priority project (前期重点プロジェクト)' }),
    summary: text({ title: '概要', description: 'The paragraph that introduces the project' }),
    sourceLine,
  })
  .strict()
  .meta({ title: '前期重点プロジェクト' });

export const ProjectInitiative = z
  .object({
    ...head('initiative'),
    projectId: ref('projects', 'project', { title: 'プロジェクトID' }),
    number: count({ title: '取組番号', description: 'Number of the initiative within its project (① = 1)' }),
    name: text({ title: '取組名', description: 'Name of the initiative (主な取組)' }),
    sourceLine,
  })
  .strict()
  .meta({ title: '重点プロジェクトの主な取組' });

export const ProjectInitiativeDepartment = z
  .object({
    ...head('initiative-department'),
    initiativeId: ref('project_initiatives', 'initiative', { title: '取組ID' }),
    order: count({ title: '順序', description: 'Position of the department in the initiative’s 【担当課】 list' }),
    departmentId: ref('departments', 'department', { title: '担当課ID' }),
    departmentName: text({ title: '担当課名', description: 'Department as the plan names it' }),
    sourceLine,
  })
  .strict()
  .meta({ title: '重点プロジェクトの取組の担当課' });

export const ProjectItem = z
  .object({
    ...head('project-item'),
    initiativeId: ref('project_initiatives', 'initiative', { title: '取組ID' }),
    citationOrder: count({ title: '引用順序', description: 'Position of the cited pillar (⚫) within the initiative' }),
    actionOrder: count({ title: '事業順序', description: 'Position of the action under its cited pillar' }),
    citedPillarCode: code(/^\d+-\d+-\d+$/, { title: '引用施策の柱番号', description: 'Pillar code the item cites (【施策 x-y-z】)' }),
    pillarId: ref('pillars', 'pillar', { title: '施策の柱ID', description: 'ID of the pillar the cited code names' }),
    citedName: text({ title: '引用施策の柱名', description: 'Pillar name as the project writes it (may differ from 第２章; see citedNameMatches)' }),
    citedNameMatches: flag({ title: '施策の柱名一致', description: 'Whether the cited name equals the pillar’s name in 第２章 (after width folding); false rows are listed in quality-report.json' }),
    actionText: text({ title: '取組内容', description: 'The action, without its (再掲) mark' }),
    restated: flag({ title: '再掲', description: 'The plan marks this action （再掲）: it restates an action given elsewhere' }),
    sourceLine,
    citationSourceLine: sourceLine.meta({ title: '引用出典行', description: 'Line of the 【施策 x-y-z】 citation the action stands under' }),
  })
  .strict()
  .meta({ title: '重点プロジェクトの取組項目' });

export const Department = z
  .object({
    ...head('department'),
    name: text({ title: '担当課名', description: 'Department (担当課) as the plan names it' }),
    sourceLine: sourceLine.meta({ title: '出典行', description: 'Line where the department is first named' }),
  })
  .strict()
  .meta({ title: '担当課' });

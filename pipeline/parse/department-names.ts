// What a department (担当課) name looks like, derived from the names the plan uses: every one ends in 課
// (地域振興課, 健康課, … and 全課) or センター (患者サポートセンター), and none holds a digit, a ％ or a target
// condition — those are the marks of a KPI value that slid into the department's place.

/** The endings of the plan's department names, longest first. */
export const departmentSuffixes = ['センター', '課'] as const;

export const endsLikeDepartment = new RegExp(`(?:${departmentSuffixes.join('|')})$`);
export const valueMark = /[0-9０-９％%]|以上|以下|未満/;

/** Whether a name (or the joined pieces of one so far) ends like a department name. */
export const endsAsDepartment = (name: string): boolean => endsLikeDepartment.test(name);

/** Why a name cannot be a department's, or undefined when it can. */
export const departmentNameProblem = (name: string): string | undefined => {
  const value = valueMark.exec(name);
  if (value) return `holds 「${value[0]}」, which belongs to a value (digits, ％, 以上/以下/未満), not to a department's name`;
  if (!endsAsDepartment(name)) return `does not end like the plan's department names (${departmentSuffixes.map((s) => `…${s}`).join(', ')})`;
  return undefined;
};

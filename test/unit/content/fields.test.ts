// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  classifyScope,
  passwordInputs,
  scopeOf,
  typedUserInputs,
} from '../../../src/content/features/passwords/fields';

function page(html: string): Document {
  document.body.innerHTML = html; // test fixture markup, not product code
  return document;
}

function kinds(doc: Document) {
  const inputs = passwordInputs(doc);
  return classifyScope(scopeOf(inputs[0]!)).map((f) => `${f.form}:${f.isNew ? 'new' : '-'}`);
}

describe('password form classification', () => {
  it('knows a login form', () => {
    expect(kinds(page('<form><input type="email"><input type="password"></form>'))).toEqual(['login:-']);
  });

  it('knows a sign-up form by new-password fields', () => {
    const doc = page(
      '<form><input type="email"><input type="password" autocomplete="new-password"><input type="password" autocomplete="new-password"></form>',
    );
    expect(kinds(doc)).toEqual(['sign-up:new', 'sign-up:-']);
  });

  it('knows a change form by a current and a new field', () => {
    const doc = page(
      '<form><input type="password" autocomplete="current-password"><input type="password" autocomplete="new-password"><input type="password" autocomplete="new-password"></form>',
    );
    expect(kinds(doc)).toEqual(['password-change:-', 'password-change:new', 'password-change:-']);
  });

  it('guesses from the field count when the markup says nothing', () => {
    expect(kinds(page('<form><input type="password"><input type="password"><input type="password"></form>'))).toEqual([
      'password-change:-',
      'password-change:new',
      'password-change:-',
    ]);
    expect(
      kinds(page('<form><input name="username" type="text"><input type="password"><input type="password"></form>')),
    ).toEqual(['sign-up:new', 'sign-up:-']);
  });

  it('lets a vendor page pattern decide', () => {
    const doc = page('<form><input type="password"></form>');
    expect(classifyScope(doc.querySelector('form')!, 'sign-up').map((f) => f.isNew)).toEqual([true]);
  });

  it('groups fields without a <form> by their container', () => {
    const doc = page(
      '<div id="a"><input type="email" value="a@b.c"><input type="password"></div><div id="b"><input type="search"></div>',
    );
    const scope = scopeOf(passwordInputs(doc)[0]!);
    expect((scope as Element).id).toBe('a');
    expect(typedUserInputs(scope)).toEqual(['a@b.c']);
  });
});

import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { nextTick } from 'vue'
import {
  cdxIconAlert,
  cdxIconCamera,
  cdxIconError,
  cdxIconInfoFilled,
  cdxIconListBullet,
  cdxIconZoomIn,
  resolveIcon,
  type Icon,
} from '@wikimedia/codex-icons'
import CommonButton from '../../src/components/common/CommonButton.vue'
import CommonCheckbox from '../../src/components/common/CommonCheckbox.vue'
import CommonIcon from '../../src/components/common/CommonIcon.vue'
import CommonMessage from '../../src/components/common/CommonMessage.vue'
import CommonProgressBar from '../../src/components/common/CommonProgressBar.vue'
import CommonSelect from '../../src/components/common/CommonSelect.vue'
import CommonToggleButton from '../../src/components/common/CommonToggleButton.vue'
import CommonToggleGroup from '../../src/components/common/CommonToggleGroup.vue'

// Codex's CSS-only markup, drawn by Kooste's own components for the views an embed loads: what a
// person meets (roles, names, pressed states, keys) must match the Codex components they replace.
describe('CSS-only Codex components', () => {
  it('a button is a native button with Codex’s classes, and clicks', async () => {
    const wrapper = mount(CommonButton, {
      props: { weight: 'quiet', iconOnly: true },
      attrs: { 'aria-label': 'Zoom in' },
      slots: { default: 'x' },
    })
    const button = wrapper.get('button')
    expect(button.attributes('type')).toBe('button')
    expect(button.attributes('aria-label')).toBe('Zoom in')
    expect(button.classes()).toEqual(
      expect.arrayContaining(['cdx-button', 'cdx-button--weight-quiet', 'cdx-button--icon-only']),
    )
    expect(button.classes()).not.toContain('cdx-button--framed')
    await button.trigger('click')
    expect(wrapper.emitted('click')).toHaveLength(1)
  })

  it('an error message is an alert; other messages are polite', () => {
    const error = mount(CommonMessage, { props: { type: 'error' }, slots: { default: 'Broken' } })
    expect(error.get('.cdx-message').attributes('role')).toBe('alert')
    expect(error.get('.cdx-message').classes()).toContain('cdx-message--error')
    expect(error.text()).toBe('Broken')
    const notice = mount(CommonMessage, { slots: { default: 'Note' } })
    expect(notice.get('.cdx-message').attributes('role')).toBeUndefined()
    expect(notice.get('.cdx-message').attributes('aria-live')).toBe('polite')
  })

  it('a message shows its type’s icon, or its own for notices only, as CdxMessage does', () => {
    const icon = (props: { type?: 'progressive' | 'warning' | 'error'; icon?: Icon }) =>
      mount(CommonMessage, { props, slots: { default: 'x' } })
        .findAll('.cdx-message__icon--vue path')
        .map((p) => p.attributes('d'))
    const paths = (svg: string) => [...svg.matchAll(/d="([^"]+)"/g)].map((m) => m[1])
    expect(icon({ type: 'progressive', icon: cdxIconCamera })).toEqual(paths(cdxIconCamera))
    // A warning and an error keep their signs.
    expect(icon({ type: 'warning', icon: cdxIconCamera })).toEqual(paths(cdxIconAlert))
    expect(icon({ type: 'error' })).toEqual(paths(cdxIconError))
  })

  it('in Arabic, a warning still shows the warning sign, and a notice Codex’s Arabic icon', async () => {
    const host = document.createElement('div')
    host.setAttribute('lang', 'ar')
    document.body.append(host)
    const mountIn = (type: 'warning' | 'notice') =>
      mount(CommonMessage, { props: { type }, slots: { default: 'x' }, attachTo: host })
    const warning = mountIn('warning')
    const notice = mountIn('notice')
    await nextTick()
    expect(warning.find('.cdx-message__icon--vue path').attributes('d')).toBe(
      /d="([^"]+)"/.exec(cdxIconAlert)?.[1],
    )
    const arabic = resolveIcon(cdxIconInfoFilled, 'ar', 'rtl')
    expect(typeof arabic).toBe('string')
    expect(notice.find('.cdx-message__icon--vue path').attributes('d')).toBe(
      /d="([^"]+)"/.exec(arabic as string)?.[1],
    )
    warning.unmount()
    notice.unmount()
    host.remove()
  })

  it('a dismissable message has a named close button that asks to be removed', async () => {
    const wrapper = mount(CommonMessage, {
      props: { dismissLabel: 'Hide this notice' },
      slots: { default: 'x' },
    })
    expect(wrapper.get('.cdx-message').classes()).toContain('cdx-message--user-dismissable')
    const close = wrapper.get('button.cdx-message__dismiss-button')
    expect(close.attributes('aria-label')).toBe('Hide this notice')
    expect(close.find('svg').attributes('aria-hidden')).toBe('true')
    await close.trigger('click')
    expect(wrapper.emitted('dismiss')).toHaveLength(1)
    // Inline messages cannot be dismissed (CdxMessage's rule), nor those without a label.
    for (const props of [{ dismissLabel: 'Hide', inline: true }, {}]) {
      const other = mount(CommonMessage, { props, slots: { default: 'x' } })
      expect(other.find('button').exists()).toBe(false)
    }
  })

  it('a checkbox is a native checkbox named by its label, and reports its state', async () => {
    const wrapper = mount(CommonCheckbox, {
      props: { modelValue: false, inline: true },
      slots: { default: 'Nearby' },
    })
    const input = wrapper.get('input[type="checkbox"]')
    expect(wrapper.get('label').attributes('for')).toBe(input.attributes('id'))
    expect(wrapper.get('label').text()).toBe('Nearby')
    expect(wrapper.classes()).toContain('cdx-checkbox--inline')
    await input.setValue(true)
    expect(wrapper.emitted('update:modelValue')).toEqual([[true]])
    await wrapper.setProps({ modelValue: true, disabled: true })
    expect((input.element as HTMLInputElement).checked).toBe(true)
    expect(input.attributes('disabled')).toBeDefined()
    expect(wrapper.get('.cdx-label').classes()).toContain('cdx-label--disabled')
  })

  it('a select is a native select named by its visible label, and reports the choice', async () => {
    const wrapper = mount(CommonSelect, {
      props: {
        label: 'Media type',
        options: [
          { value: 'all', label: 'All' },
          { value: 'video', label: 'Video (1)' },
        ],
        modelValue: 'all',
      },
    })
    const select = wrapper.get('select.cdx-select')
    expect(wrapper.get('label').attributes('for')).toBe(select.attributes('id'))
    expect(wrapper.get('label').text()).toBe('Media type')
    expect(select.findAll('option').map((o) => [o.attributes('value'), o.text()])).toEqual([
      ['all', 'All'],
      ['video', 'Video (1)'],
    ])
    await select.setValue('video')
    expect(wrapper.emitted('update:modelValue')).toEqual([['video']])
    // The parent takes the choice, then clears it (say, "Clear filters"): the menu follows.
    await wrapper.setProps({ modelValue: 'video' })
    await wrapper.setProps({ modelValue: 'all' })
    expect((select.element as HTMLSelectElement).value).toBe('all')
  })

  it('a toggle button says whether it is pressed and asks for the other state', async () => {
    const wrapper = mount(CommonToggleButton, {
      props: { modelValue: false },
      slots: { default: 'List' },
    })
    const button = wrapper.get('button')
    expect(button.attributes('aria-pressed')).toBe('false')
    expect(button.classes()).toContain('cdx-toggle-button--toggled-off')
    await button.trigger('click')
    await wrapper.setProps({ modelValue: true })
    expect(button.attributes('aria-pressed')).toBe('true')
    expect(button.classes()).toContain('cdx-toggle-button--toggled-on')
    await button.trigger('click')
    expect(wrapper.emitted('update:modelValue')).toEqual([[true], [false]])
  })

  it('an inline progress bar is a progressbar hidden beside its words', () => {
    const bar = mount(CommonProgressBar, { props: { inline: true } }).get('[role="progressbar"]')
    expect(bar.attributes('aria-hidden')).toBe('true')
    expect(bar.classes()).toContain('cdx-progress-bar--inline')
  })

  it('an icon draws the icon’s own shapes, hidden unless labelled', () => {
    const wrapper = mount(CommonIcon, { props: { icon: cdxIconZoomIn } })
    const paths = wrapper.findAll('path').map((p) => p.attributes('d'))
    expect(paths).toEqual([...cdxIconZoomIn.matchAll(/d="([^"]+)"/g)].map((m) => m[1]))
    expect(wrapper.get('svg').attributes('aria-hidden')).toBe('true')
    const labelled = mount(CommonIcon, { props: { icon: cdxIconZoomIn, label: 'Zoom' } })
    expect(labelled.get('title').text()).toBe('Zoom')
    expect(labelled.get('svg').attributes('aria-hidden')).toBeUndefined()
  })

  it('an icon that mirrors in right-to-left text is flipped there only', async () => {
    const host = document.createElement('div')
    host.setAttribute('dir', 'rtl')
    host.style.direction = 'rtl'
    host.setAttribute('lang', 'ar')
    document.body.append(host)
    const rtl = mount(CommonIcon, { props: { icon: cdxIconListBullet }, attachTo: host })
    await nextTick()
    expect(rtl.get('.cdx-icon').classes()).toContain('cdx-icon--flipped')
    const ltr = mount(CommonIcon, { props: { icon: cdxIconListBullet } })
    await nextTick()
    expect(ltr.get('.cdx-icon').classes()).not.toContain('cdx-icon--flipped')
    rtl.unmount()
    host.remove()
  })

  describe('a toggle group', () => {
    const buttons = [
      { value: 'chart', label: 'Chart' },
      { value: 'list', label: 'List' },
      { value: 'table', label: 'Table' },
    ]

    it('says which button is pressed and asks for the one clicked', async () => {
      const wrapper = mount(CommonToggleGroup, { props: { buttons, modelValue: 'list' } })
      const pressed = wrapper.findAll('button').map((b) => b.attributes('aria-pressed'))
      expect(pressed).toEqual(['false', 'true', 'false'])
      await wrapper.findAll('button')[2]?.trigger('click')
      expect(wrapper.emitted('update:modelValue')).toEqual([['table']])
    })

    it.each([
      ['ltr', 'ArrowRight', 2],
      ['ltr', 'ArrowLeft', 0],
      ['rtl', 'ArrowRight', 0],
      ['rtl', 'ArrowLeft', 2],
    ])('in %s text, %s moves the focus to button %i', async (dir, key, expected) => {
      const host = document.createElement('div')
      host.style.direction = dir
      document.body.append(host)
      const wrapper = mount(CommonToggleGroup, {
        props: { buttons, modelValue: 'chart' },
        attachTo: host,
      })
      const elements = wrapper.findAll('button').map((b) => b.element)
      elements[1]?.focus()
      await wrapper.findAll('button')[1]?.trigger('keydown', { key })
      expect(document.activeElement).toBe(elements[expected])
      wrapper.unmount()
      host.remove()
    })
  })
})

import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { nextTick } from 'vue'
import { cdxIconCamera, cdxIconListBullet, cdxIconZoomIn } from '@wikimedia/codex-icons'
import CommonButton from '../../src/components/common/CommonButton.vue'
import CommonIcon from '../../src/components/common/CommonIcon.vue'
import CommonMessage from '../../src/components/common/CommonMessage.vue'
import CommonProgressBar from '../../src/components/common/CommonProgressBar.vue'
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

  it('a message may carry its own icon, as CdxMessage allows for notices only', () => {
    const own = (type: 'progressive' | 'warning') =>
      mount(CommonMessage, { props: { type, icon: cdxIconCamera }, slots: { default: 'x' } })
    const progressive = own('progressive')
    expect(progressive.find('.cdx-message__icon--vue path').attributes('d')).toBe(
      /d="([^"]+)"/.exec(cdxIconCamera)?.[1],
    )
    expect(progressive.find('.cdx-message__icon').exists()).toBe(false)
    // A warning keeps the warning sign Codex's stylesheet draws.
    const warning = own('warning')
    expect(warning.find('.cdx-message__icon--vue').exists()).toBe(false)
    expect(warning.find('.cdx-message__icon').exists()).toBe(true)
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

import { deflateSync } from 'node:zlib'
import { md5 } from './titles.ts'

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

/**
 * A placeholder picture for a Commons file: a calm colour derived from the name, a horizon, and
 * the file name, at the requested size.
 */
export function placeholderSvg(name: string, width: number, height: number): string {
  const hue = parseInt(md5(name).slice(0, 4), 16) % 360
  const fontSize = Math.max(8, Math.round(Math.min(width / 24, height / 8)))
  const label = name.length > 60 ? `${name.slice(0, 57)}…` : name
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"`,
    ` viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(name)}">`,
    `<rect width="100%" height="100%" fill="hsl(${hue} 35% 72%)"/>`,
    `<path d="M0 ${height * 0.72} L${width * 0.3} ${height * 0.45} L${width * 0.55} ${height * 0.65}`,
    ` L${width * 0.75} ${height * 0.5} L${width} ${height * 0.7} V${height} H0 Z"`,
    ` fill="hsl(${hue} 30% 55%)"/>`,
    `<text x="50%" y="${height * 0.88}" font-family="sans-serif" font-size="${fontSize}"`,
    ` text-anchor="middle" fill="#fff">${escapeXml(label)}</text>`,
    '</svg>',
  ].join('')
}

/** 3×5 glyphs, one string of five rows per character. */
const GLYPHS: Record<string, string> = {
  '0': '111101101101111',
  '1': '010110010010111',
  '2': '111001111100111',
  '3': '111001111001111',
  '4': '101101111001001',
  '5': '111100111001111',
  '6': '111100111101111',
  '7': '111001010010010',
  '8': '111101111101111',
  '9': '111101111001111',
  '/': '001001010100100',
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'latin1')
  const tail = Buffer.alloc(4)
  tail.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, tail])
}

const SIZE = 256
const SCALE = 4

/** A 256×256 map tile (palette PNG): land colour, a faint border and `z/x/y`. */
export function tilePng(z: number, x: number, y: number): Uint8Array {
  const pixels = new Uint8Array(SIZE * SIZE)
  for (let i = 0; i < SIZE; i++) {
    pixels[i] = 1
    pixels[i * SIZE] = 1
  }
  const text = `${z}/${x}/${y}`
  const left = Math.max(0, Math.floor((SIZE - text.length * 4 * SCALE) / 2))
  const top = Math.floor((SIZE - 5 * SCALE) / 2)
  ;[...text].forEach((char, index) => {
    const glyph = GLYPHS[char] ?? ''
    for (let bit = 0; bit < glyph.length; bit++) {
      if (glyph[bit] !== '1') continue
      const gx = left + (index * 4 + (bit % 3)) * SCALE
      const gy = top + Math.floor(bit / 3) * SCALE
      for (let dy = 0; dy < SCALE; dy++) {
        for (let dx = 0; dx < SCALE; dx++) {
          if (gx + dx < SIZE) pixels[(gy + dy) * SIZE + gx + dx] = 2
        }
      }
    }
  })
  const raw = new Uint8Array(SIZE * (SIZE + 1))
  for (let row = 0; row < SIZE; row++) {
    raw.set(pixels.subarray(row * SIZE, (row + 1) * SIZE), row * (SIZE + 1) + 1)
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(SIZE, 0)
  header.writeUInt32BE(SIZE, 4)
  header.set([8, 3, 0, 0, 0], 8)
  const palette = Uint8Array.from([0xf2, 0xef, 0xe9, 0xd9, 0xd3, 0xc6, 0xc4, 0xbd, 0xb0])
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', palette),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array(0)),
  ])
}

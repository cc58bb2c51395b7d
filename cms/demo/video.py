"""The demo video: a short animated explainer, recorded locally in headless Chromium.

Nothing is downloaded: a canvas animation is recorded to WebM (VP8) with the browser's own
MediaRecorder. The result is kept in `cms/demo/assets/` with its WebVTT captions, so
`load_demo` needs no browser. To record it again:

    .venv/bin/python -m cms.demo.video

The animation is silent; the captions repeat each slide's title (short, so they do not hide the
slide) and the lesson gives the full transcript.

Older iPhones and iPads do not play WebM, so the same video is kept as H.264 MP4 too (Main profile,
level 3.1, no audio track, "faststart" so playback starts before the download ends). It was made
once with ffmpeg, which the site never needs at run time; after recording again, re-make it with:

    ffmpeg -i cms/demo/assets/trois-zones-du-cv.webm -an \
        -vf "fps=25,scale=1280:720:out_range=tv,format=yuv420p" -c:v libx264 -profile:v main \
        -level:v 3.1 -preset veryslow -tune animation -crf 28 -colorspace bt709 \
        -color_primaries bt709 -color_trc bt709 -movflags +faststart \
        cms/demo/assets/trois-zones-du-cv.mp4
"""

from __future__ import annotations

import base64
import struct
from pathlib import Path

ASSETS = Path(__file__).parent / "assets"
VIDEO_FILE = ASSETS / "trois-zones-du-cv.webm"
CAPTIONS_FILE = ASSETS / "trois-zones-du-cv.vtt"
MP4_FILE = ASSETS / "trois-zones-du-cv.mp4"
TITLE = "Vidéo : les trois zones lues en premier sur un CV"
MP4_TITLE = "Vidéo (MP4) : les trois zones lues en premier sur un CV"
CAPTIONS_TITLE = "Sous-titres : les trois zones lues en premier sur un CV"

# (start, end, title, text) in seconds: the slides, the captions and the transcript share them.
SLIDES = [
    (
        0,
        5,
        "Les 3 zones lues en premier sur un CV",
        "Un recruteur parcourt un CV en moins d'une minute.",
    ),
    (
        5,
        10,
        "1. Vos coordonnées",
        "Nom, téléphone, e-mail et ville : il doit pouvoir vous joindre.",
    ),
    (10, 15, "2. Le poste visé", "Reprenez l'intitulé exact de l'offre, en haut de la page."),
    (
        15,
        20,
        "3. Votre dernière expérience",
        "Des actions et des résultats chiffrés, pas une liste de tâches.",
    ),
    (20, 25, "À vous de jouer", "Faites relire le haut de votre CV en 10 secondes par un proche."),
]
DURATION = SLIDES[-1][1]

HTML = """<!doctype html><html><body style="margin:0;background:#000">
<canvas id="c" width="1280" height="720"></canvas>
<script>
const SLIDES = %(slides)s, DURATION = %(duration)s;
const c = document.getElementById('c'), g = c.getContext('2d');
const NAVY='#1e3a5f', BLUE='#2563eb', SKY='#93c5fd', PALE='#dbeafe', MIST='#eff6ff',
      ACCENT='#f59e0b', GREY='#cbd5e1', WHITE='#ffffff';
function rr(x,y,w,h,r,fill){g.beginPath();g.roundRect(x,y,w,h,r);g.fillStyle=fill;g.fill();}
function bars(x,y,ws,fill,h=12,gap=26){ws.forEach((w,i)=>rr(x,y+i*gap,w,h,h/2,fill));}
function wrap(text,x,y,maxw,lh){const words=text.split(' ');let line='';
  for(const w of words){const t=line?line+' '+w:w;
  if(g.measureText(t).width>maxw&&line){g.fillText(line,x,y);y+=lh;line=w;} else line=t;}
  g.fillText(line,x,y); return y;}
function cv(x,y,zone,pulse){
  rr(x+14,y+16,380,520,18,'#c7d2fe'); rr(x,y,380,520,18,WHITE);
  rr(x,y,380,120,18,NAVY); g.fillStyle=NAVY; g.fillRect(x,y+90,380,30);
  bars(x+32,y+32,[190,130],WHITE,14,32);
  rr(x+32,y+146,300,26,8,SKY);
  let sy=y+200; for(let s=0;s<3;s++){rr(x+32,sy,100,12,6,BLUE);
  bars(x+32,sy+28,[316,280,240],GREY,10,22); sy+=100;}
  const zones={1:[x-10,y-10,400,140],2:[x+16,y+134,332,50],3:[x+16,y+188,348,100]};
  if(zones[zone]){const [zx,zy,zw,zh]=zones[zone]; g.lineWidth=8; g.strokeStyle=ACCENT;
    g.globalAlpha=0.6+0.4*pulse; g.beginPath(); g.roundRect(zx,zy,zw,zh,16); g.stroke();
    g.globalAlpha=1;}
}
function frame(t){
  g.fillStyle=MIST; g.fillRect(0,0,1280,720);
  g.fillStyle=PALE; g.beginPath(); g.arc(1200,80,200,0,7); g.fill(); g.beginPath();
  g.arc(60,700,170,0,7); g.fill();
  const i = Math.min(SLIDES.length-1, SLIDES.findIndex(s=>t<s[1]) < 0 ? SLIDES.length-1 :
  SLIDES.findIndex(s=>t<s[1]));
  const [start,end,title,text]=SLIDES[i]; const local=t-start;
  const pulse=(Math.sin(local*4)+1)/2;
  g.textBaseline='alphabetic'; g.fillStyle=NAVY;
  if(i===0||i===SLIDES.length-1){
    g.textAlign='center'; g.font='bold 60px "DejaVu Sans", sans-serif'; let
    y=wrap(title,640,270,1000,74);
    g.font='34px "DejaVu Sans", sans-serif'; g.fillStyle='#334155'; y=wrap(text,640,y+80,1000,46);
    rr(560,y+50,160,10,5,ACCENT);
  } else {
    cv(150,100,i,pulse);
    g.fillStyle=NAVY; g.textAlign='left'; g.font='bold 50px "DejaVu Sans", sans-serif'; let
    y=wrap(title,640,280,580,62);
    g.font='32px "DejaVu Sans", sans-serif'; g.fillStyle='#334155'; wrap(text,640,y+70,560,44);
  }
  rr(0,704,1280,16,0,PALE); rr(0,704,1280*Math.min(1,t/DURATION),16,0,BLUE);
}
window.record = async function(){
  const stream=c.captureStream(30);
  const rec=new MediaRecorder(stream,{mimeType:'video/webm;codecs=vp8',videoBitsPerSecond:1500000});
  const chunks=[]; rec.ondataavailable=e=>{if(e.data.size)chunks.push(e.data);};
  const done=new Promise(r=>rec.onstop=r);
  const t0=performance.now(); frame(0); rec.start(1000);
  await new Promise(resolve=>{function tick(){const t=(performance.now()-t0)/1000;
  frame(Math.min(t,DURATION));
    if(t<DURATION+0.3) requestAnimationFrame(tick); else resolve();} requestAnimationFrame(tick);});
  rec.stop(); await done;
  const buf=new Uint8Array(await new Blob(chunks,{type:'video/webm'}).arrayBuffer());
  let s=''; for(let k=0;k<buf.length;k+=0x8000)
  s+=String.fromCharCode.apply(null,buf.subarray(k,k+0x8000));
  return btoa(s);
};
frame(0);
</script></body></html>"""


def _timestamp(seconds: float) -> str:
    return f"00:00:{int(seconds):02d}.{int(round((seconds % 1) * 1000)):03d}"


def captions() -> str:
    cues = [
        f"{i}\n{_timestamp(start)} --> {_timestamp(end)}\n{title}\n"
        for i, (start, end, title, _text) in enumerate(SLIDES, start=1)
    ]
    return "WEBVTT\n\n" + "\n".join(cues)


def transcript_html() -> str:
    items = "".join(f"<li><b>{title}</b> : {text}</li>" for _s, _e, title, text in SLIDES)
    return (
        "<p>Vidéo muette de 25 secondes. Une page de CV s'affiche ; les zones lues en premier "
        f"s'allument l'une après l'autre.</p><ol>{items}</ol>"
    )


def _vint(buf: bytes, pos: int) -> tuple[int, int]:
    """An EBML variable-size integer at `pos`: (value, length in bytes)."""
    length = 9 - buf[pos].bit_length()
    value = buf[pos] & ((1 << (8 - length)) - 1)
    for byte in buf[pos + 1 : pos + length]:
        value = (value << 8) | byte
    return value, length


def with_duration(webm: bytes, milliseconds: float) -> bytes:
    """Write the Duration that MediaRecorder leaves out, so players show a length and a seek bar.

    MediaRecorder writes the Segment with an unknown size, so only the Info element's size changes.
    """
    pos = 4  # EBML header ID
    size, length = _vint(webm, pos)
    pos += length + size
    assert webm[pos : pos + 4] == b"\x18\x53\x80\x67", "not a WebM segment"
    pos += 4
    _size, length = _vint(webm, pos)
    pos += length
    while pos < len(webm):
        id_length = 9 - webm[pos].bit_length()
        element_id = webm[pos : pos + id_length]
        size, length = _vint(webm, pos + id_length)
        start = pos + id_length + length
        if element_id == b"\x15\x49\xa9\x66":  # Info
            data = webm[start : start + size]
            if b"\x44\x89" in data:
                return webm
            data += b"\x44\x89\x88" + struct.pack(
                ">d", milliseconds
            )  # Duration, in TimecodeScale units (ms)
            new_size = b"\x01" + len(data).to_bytes(7, "big")
            return webm[:pos] + element_id + new_size + data + webm[start + size :]
        pos = start + size
    return webm


def record() -> bytes:
    """Record the animation in headless Chromium (takes about the video's duration)."""
    import json

    from playwright.sync_api import sync_playwright

    slides = json.dumps([[s, e, t, x] for s, e, t, x in SLIDES], ensure_ascii=False)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
            ],
        )
        page = browser.new_page(viewport={"width": 1280, "height": 720})
        page.set_content(HTML % {"slides": slides, "duration": DURATION})
        data = page.evaluate("async () => await window.record()")
        browser.close()
    return with_duration(base64.b64decode(data), DURATION * 1000)


if __name__ == "__main__":
    ASSETS.mkdir(exist_ok=True)
    VIDEO_FILE.write_bytes(record())
    CAPTIONS_FILE.write_text(captions(), encoding="utf-8")
    print(f"{VIDEO_FILE} ({VIDEO_FILE.stat().st_size // 1024} KB), {CAPTIONS_FILE}")

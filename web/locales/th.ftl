# ข้อความในหน้าจอของ Spool: ภาษาไทย (Project Fluent) ข้อความชุดเดียวกับ en.ftl

## Page shell (server-rendered)
app-name = Spool
app-title = Spool — วิดีโอสั้น
app-description = ดู สร้าง และแชร์วิดีโอสั้น ข้อมูลของคุณอยู่ในภูมิภาคหลักของคุณเท่านั้น
skip-to-content = ข้ามไปยังเนื้อหา
loading = กำลังโหลด…
noscript = Spool ต้องใช้ JavaScript ในการเล่นวิดีโอ โปรดเปิดใช้งาน หรือใช้ API โดยตรง
assets-missing = เซิร์ฟเวอร์นี้ไม่ได้รวมเว็บไคลเอนต์ไว้ โปรดสร้างด้วย “npm ci && npm run build” ในโฟลเดอร์ web/ แล้วสร้าง Spool ใหม่
title-page = { $page } · Spool
title-not-found = ไม่พบ · Spool
not-found = ไม่มีหน้านี้
close = ปิด

## Navigation
nav-label = เมนูหลัก
nav-home = หน้าแรก
nav-discover = สำรวจ
nav-upload = อัปโหลด
nav-inbox = กล่องข้อความ
nav-profile = โปรไฟล์
nav-unread = { $count ->
   *[other] การแจ้งเตือนที่ยังไม่ได้อ่าน { $count } รายการ
}

## Feed
feed-tabs = ฟีด
feed-for-you = สำหรับคุณ
feed-following = กำลังติดตาม
feed-personalized = ปรับให้เหมาะกับคุณ
feed-mode-hint = เมื่อปิด ฟีดจะไม่ใช้การทำโปรไฟล์ แต่จะแสดงสิ่งที่ได้รับความนิยมและใหม่ในภูมิภาคและภาษาของคุณ
feed-mode-personalized = เปิดฟีดที่ปรับให้เหมาะกับคุณแล้ว
feed-mode-non-personalized = ปิดฟีดที่ปรับให้เหมาะกับคุณแล้ว: ไม่มีการทำโปรไฟล์
feed-empty = ยังไม่มีอะไรให้ดู อัปโหลดคลิปแรกหรือลองค้นหาดู
feed-following-empty = ไม่มีคลิปใหม่จากบัญชีที่คุณติดตาม
feed-login = เข้าสู่ระบบเพื่อดูคลิปจากบัญชีที่คุณติดตาม
feed-unavailable = ฟีดยังไม่พร้อมใช้งานบนเซิร์ฟเวอร์นี้ ลองใช้การค้นหาหรือดูโปรไฟล์
video-title = วิดีโอ
video-processing = กำลังประมวลผล…
video-failed = ประมวลผลไม่สำเร็จ
clip-video-label = วิดีโอโดย { $handle }
clip-loading = กำลังโหลดวิดีโอ
clip-unmute = เปิดเสียง
clip-mute = ปิดเสียง
clip-play = เล่น
clip-pause = หยุดชั่วคราว
clip-actions = การทำงานสำหรับวิดีโอของ { $handle }
clip-like = { $count ->
   *[other] ถูกใจ ({ $count } ถูกใจ)
}
clip-comments = { $count ->
   *[other] ความคิดเห็น ({ $count } ความคิดเห็น)
}
clip-share = { $count ->
   *[other] แชร์ ({ $count } การแชร์)
}
clip-more = ตัวเลือกเพิ่มเติม
clip-sound = เสียงต้นฉบับ – { $handle }
clip-duet-of = ดูเอ็ต: ดูต้นฉบับ
clip-stitch-of = สติทช์: ดูต้นฉบับ
follow-handle = ติดตาม { $handle }
follow-requested = ส่งคำขอแล้ว
follow-done = คุณติดตาม { $handle } แล้ว
unfollow-done = คุณเลิกติดตาม { $handle } แล้ว
login-needed = โปรดเข้าสู่ระบบก่อน
share-title = แชร์
share-link = ลิงก์ไปยังวิดีโอนี้
share-copy = คัดลอกลิงก์
share-copied = คัดลอกลิงก์แล้ว
not-interested = ไม่สนใจ
not-interested-done = รับทราบ: คุณจะเห็นคลิปแบบนี้น้อยลง
open-sound = เปิดเสียงนี้
make-duet = ทำดูเอ็ต
make-stitch = ทำสติทช์จากวิดีโอนี้
why-title = ทำไมถึงเห็นวิดีโอนี้
why-none = คลิปนี้ถูกเปิดโดยตรง ไม่ได้ถูกเลือกโดยฟีด
why-explainer = ฟีดเลือกคลิปตามกฎที่เผยแพร่ไว้ คุณปิดการปรับให้เหมาะกับคุณได้ทุกเมื่อ
algorithm-link = ฟีดทำงานอย่างไร

## Reasons
reason-follows_creator = คุณติดตาม { $handle }
reason-topic = คุณดูคลิปเกี่ยวกับ { $hashtag }
reason-similar_to_liked = คล้ายกับคลิปที่คุณถูกใจ
reason-taste_match = ตรงกับสิ่งที่คุณดูเป็นประจำ
reason-trending_region = ได้รับความนิยมในภูมิภาคของคุณ ({ $region })
reason-trending_language = ได้รับความนิยมในภาษาของคุณ ({ $language })
reason-new_video_test_audience = คลิปใหม่ที่แสดงให้กลุ่มผู้ชมทดสอบกลุ่มเล็ก ๆ
reason-fresh = เพิ่งโพสต์
reason-sound = ใช้เสียง “{ $sound }”
reason-seen_before = คุณดูคลิปใหม่ครบทุกคลิปแล้ว ดูคลิปนี้อีกครั้ง

## Comments
comments-title = { $count ->
   *[other] { $count } ความคิดเห็น
}
comments-empty = ยังไม่มีความคิดเห็น มาเป็นคนแรกกันเถอะ
comments-more = ความคิดเห็นเพิ่มเติม
comments-off = วิดีโอนี้ปิดความคิดเห็นไว้
comment-add = เพิ่มความคิดเห็น
comment-send = โพสต์
comment-sent = โพสต์ความคิดเห็นแล้ว
comment-reply = ตอบกลับ
comment-reply-to = ตอบกลับ { $handle }
comment-cancel-reply = ยกเลิกการตอบกลับ
comment-replies = { $count ->
   *[other] ดูการตอบกลับ { $count } รายการ
}
comment-like = { $count ->
   *[other] ถูกใจความคิดเห็น ({ $count } ถูกใจ)
}
comment-pinned = ปักหมุดแล้ว
comment-login = เข้าสู่ระบบเพื่อแสดงความคิดเห็น

## Reports
report = รายงาน
report-intro = บอกเราว่ามีอะไรผิดปกติ ผู้ตรวจสอบจะตรวจดูทุกรายงาน และคุณจะได้รับการติดต่อกลับ
report-category = เหตุผล
report-note = รายละเอียด (ไม่บังคับ)
report-note-hint = ผู้ตรวจสอบควรดูอะไร
report-send = ส่งรายงาน

## Upload
upload-title = อัปโหลด
upload-file = ไฟล์วิดีโอ
upload-file-hint = 1 วินาทีถึง 10 นาที การอัปโหลดเริ่มทันทีและจะทำต่อหากการเชื่อมต่อขาดหาย
upload-progress-label = ความคืบหน้าการอัปโหลด
upload-progress = { $percent }% ({ $sent } จาก { $total } ไบต์)
upload-done = อัปโหลดเสร็จแล้ว
upload-error = อัปโหลดไม่สำเร็จ โปรดลองอีกครั้ง
upload-pause = หยุดชั่วคราว
upload-resume = ทำต่อ
upload-caption = คำบรรยาย
upload-caption-hint = พิมพ์ # สำหรับแฮชแท็ก และ @ เพื่อกล่าวถึงใครสักคน
upload-visibility = ใครดูได้บ้าง
visibility-public = ทุกคน
visibility-followers = ผู้ติดตาม
visibility-private = เฉพาะฉัน
upload-allow = อนุญาตให้ผู้อื่น
upload-allow-comments = แสดงความคิดเห็น
upload-allow-duet = ทำดูเอ็ต
upload-allow-stitch = ทำสติทช์
upload-sound = เสียง (ไม่บังคับ)
upload-sound-search = ค้นหาเสียง
upload-sound-none = คลิปของคุณจะใช้เสียงของตัวเอง
upload-sound-chosen = เสียง: { $title }
upload-sound-clear = ใช้เสียงของฉันเอง
upload-duet = ดูเอ็ตกับ { $handle }
upload-stitch = สติทช์จากวิดีโอของ { $handle }
upload-post = โพสต์
upload-pick-first = โปรดเลือกไฟล์วิดีโอก่อน
upload-waiting = กำลังอัปโหลดให้เสร็จ…
upload-processing = กำลังประมวลผลวิดีโอของคุณ… ใช้เวลาประมาณความยาวของคลิป
upload-ready = วิดีโอของคุณพร้อมแล้ว!
upload-watch = ดูเลย
upload-to-profile = ไปที่โปรไฟล์ของคุณ
suggestions = คำแนะนำ
suggestions-count = { $count ->
   *[other] มีคำแนะนำ { $count } รายการ ใช้ลูกศรขึ้นและลงเพื่อเลือก
}

## Profiles, hashtags, sounds
profile-not-found = ไม่มีบัญชีนี้
profile-edit = แก้ไขโปรไฟล์
profile-follow = ติดตาม
profile-following = กำลังติดตาม
profile-private = ส่วนตัว
profile-private-body = บัญชีนี้เป็นบัญชีส่วนตัว ติดตามเพื่อดูวิดีโอ
profile-following-count = กำลังติดตาม
profile-followers-count = ผู้ติดตาม
profile-likes-count = ถูกใจ
profile-videos-count = วิดีโอ
profile-videos = วิดีโอ
profile-empty = ยังไม่มีวิดีโอ
profile-empty-own = คุณยังไม่ได้โพสต์อะไร คลิปของคุณจะแสดงที่นี่
tile-label = { $caption } — โดย { $handle }
tile-label-plain = วิดีโอโดย { $handle }
hashtag-count = { $count ->
   *[other] { $count } วิดีโอ
}
hashtag-empty = ยังไม่มีวิดีโอสาธารณะที่ใช้แฮชแท็กนี้
sound-title = เสียง
sound-listen = ฟัง { $title }
sound-meta = { $duration } · { $count ->
   *[other] { $count } วิดีโอ
}
sound-use = ใช้เสียงนี้
sound-original = วิดีโอต้นฉบับ
sound-sort = เรียงวิดีโอ
sound-newest = ใหม่ล่าสุด
sound-popular = ยอดนิยม
sound-empty = ยังไม่มีวิดีโอใดใช้เสียงนี้

## Search
search-title = สำรวจ
search-label = ค้นหา
search-placeholder = ค้นหาบัญชี วิดีโอ #แฮชแท็ก และเสียง
search-submit = ค้นหา
search-types = ค้นหาอะไร
search-videos = วิดีโอ
search-accounts = บัญชี
search-hashtags = แฮชแท็ก
search-sounds = เสียง
search-results = ผลลัพธ์
search-hint = พิมพ์คำ #แฮชแท็ก หรือ @ชื่อผู้ใช้
search-empty = ไม่พบผลลัพธ์สำหรับ “{ $query }”
search-followers = { $count ->
   *[other] ผู้ติดตาม { $count } คน
}

## Inbox
inbox-title = กล่องข้อความ
inbox-requests = คำขอติดตาม
inbox-activity = กิจกรรม
inbox-empty = ยังไม่มีการแจ้งเตือน
inbox-unread = ยังไม่ได้อ่าน:
request-accept = ยอมรับ
request-decline = ปฏิเสธ
request-accepted = ตอนนี้ { $handle } ดูวิดีโอของคุณได้แล้ว
request-declined = ปฏิเสธคำขอจาก { $handle } แล้ว
notif-like = { $count ->
    [1] { $actor } ถูกใจวิดีโอของคุณ
   *[other] { $count } คนถูกใจวิดีโอของคุณ
}
notif-comment = { $others ->
    [0] { $actor } แสดงความคิดเห็นในวิดีโอของคุณ
   *[other] { $actor } และอีก { $others } คนแสดงความคิดเห็นในวิดีโอของคุณ
}
notif-reply = { $actor } ตอบกลับความคิดเห็นของคุณ
notif-mention = { $actor } กล่าวถึงคุณ
notif-follow = { $count ->
    [1] { $actor } เริ่มติดตามคุณ
   *[other] ผู้ติดตามใหม่ { $count } คน
}
notif-follow_request = { $actor } ขอติดตามคุณ
notif-follow_accepted = { $actor } ยอมรับคำขอติดตามของคุณ
notif-comment_like = { $others ->
    [0] { $actor } ถูกใจความคิดเห็นของคุณ
   *[other] { $actor } และอีก { $others } คนถูกใจความคิดเห็นของคุณ
}
notif-duet = { $actor } ทำดูเอ็ตกับวิดีโอของคุณ
notif-stitch = { $actor } ทำสติทช์จากวิดีโอของคุณ

## Settings
settings-title = การตั้งค่า
settings-save = บันทึก
settings-saved = บันทึกแล้ว
settings-profile = โปรไฟล์
settings-privacy = ความเป็นส่วนตัว
settings-private = บัญชีส่วนตัว
settings-private-hint = เฉพาะผู้ติดตามที่คุณอนุมัติเท่านั้นที่ดูวิดีโอของคุณได้
settings-who-comment = ใครแสดงความคิดเห็นในวิดีโอของคุณได้
settings-who-duet = ใครทำดูเอ็ตกับวิดีโอของคุณได้
settings-who-stitch = ใครทำสติทช์จากวิดีโอของคุณได้
policy-everyone = ทุกคน
policy-followers = ผู้ติดตาม
policy-nobody = ไม่มีใคร
settings-liked-public = แสดงวิดีโอที่ฉันถูกใจในโปรไฟล์ของฉัน
settings-teen = บัญชีของคุณเป็นบัญชีวัยรุ่น: การตั้งค่าบางอย่างเข้มงวดกว่า
settings-feed = ฟีด
settings-reset-recommendations = รีเซ็ตคำแนะนำของฉัน
settings-reset-done = รีเซ็ตคำแนะนำของคุณแล้ว
settings-language = ภาษา
settings-language-label = ภาษาของหน้าจอ
settings-language-hint = โดยค่าเริ่มต้น Spool จะใช้ภาษาของเบราว์เซอร์คุณ
settings-data = ข้อมูลของคุณ
settings-data-intro = ดาวน์โหลดทุกอย่างที่ Spool เก็บเกี่ยวกับคุณ และดูว่าเจ้าหน้าที่คนใดเคยดูข้อมูลนั้นและเพราะอะไร
settings-export = ดาวน์โหลดข้อมูลของฉัน
settings-region = ภูมิภาคหลัก
settings-region-now = ข้อมูลของคุณถูกเก็บไว้ที่: { $region }
settings-region-intro = ข้อมูลส่วนบุคคลของคุณอยู่ในภูมิภาคหลักของคุณเท่านั้น คุณย้ายไปยังภูมิภาคอื่นได้
settings-move-to = ภูมิภาคหลักใหม่
settings-move = ย้ายข้อมูลของฉัน
settings-move-confirm = ย้ายข้อมูลส่วนบุคคลทั้งหมดของคุณไปที่ { $region } หรือไม่
settings-move-done = ย้ายข้อมูลของคุณแล้ว
settings-account = บัญชี
settings-signed-in = เข้าสู่ระบบในชื่อ { $handle }
settings-logout = ออกจากระบบ
settings-delete = ลบบัญชี
settings-delete-intro = การดำเนินการนี้จะลบบัญชี วิดีโอ และข้อมูลทั้งหมดของคุณอย่างถาวร และไม่สามารถยกเลิกได้
settings-delete-confirm = ลบบัญชีของคุณและทุกอย่างในบัญชีอย่างถาวรหรือไม่
settings-sessions = เซสชัน
settings-sessions-intro = อุปกรณ์ที่คุณเข้าสู่ระบบอยู่ ออกจากระบบในอุปกรณ์ที่คุณไม่รู้จัก
settings-sessions-logout-others = ออกจากระบบในที่อื่นทั้งหมด
settings-sessions-ended = { $count ->
   *[other] ออกจากระบบเซสชันอื่น { $count } เซสชันแล้ว
}
session-device = { $browser } บน { $os }
session-device-unknown = อุปกรณ์ที่ไม่รู้จัก
session-current = อุปกรณ์นี้
session-times = เข้าสู่ระบบ { $created } · ใช้งานล่าสุด { $used }
session-logout = ออกจากระบบ
session-logout-label = ออกจากระบบ { $device }
settings-password = เปลี่ยนรหัสผ่าน
settings-password-done = เปลี่ยนรหัสผ่านแล้ว ทุกเซสชันอื่นถูกออกจากระบบแล้ว
field-current-password = รหัสผ่านปัจจุบัน
field-new-password = รหัสผ่านใหม่
access-title = การเข้าถึงข้อมูลของฉัน
access-intro = ทุกครั้งที่เจ้าหน้าที่เปิดข้อมูลส่วนบุคคลของคุณ จะมีการบันทึกพร้อมเหตุผลเป็นลายลักษณ์อักษร นี่คือรายการทั้งหมด
access-empty = ยังไม่มีเจ้าหน้าที่คนใดเข้าถึงข้อมูลของคุณ
access-unavailable = บันทึกการเข้าถึงยังไม่พร้อมใช้งานบนเซิร์ฟเวอร์นี้
access-when = เมื่อใด
access-staff = เจ้าหน้าที่
access-role = บทบาท
access-action = สิ่งที่ทำ
access-justification = เหตุผล
access-reference = เลขอ้างอิง
algorithm-title = ฟีดทำงานอย่างไร
algorithm-intro = ฟีดสำหรับคุณของ Spool เปิดให้ตรวจสอบได้: โค้ด ค่าน้ำหนัก และเหตุผลของแต่ละคลิปถูกเผยแพร่ไว้
algorithm-sources = ตัวเลือกมาจากบัญชีที่คุณติดตาม คลิปที่คล้ายกับที่คุณถูกใจ สิ่งที่ได้รับความนิยมในภูมิภาคและภาษาของคุณ และคลิปใหม่ที่แสดงให้กลุ่มผู้ชมทดสอบกลุ่มเล็ก ๆ
algorithm-signals = ฟีดเรียนรู้จากสิ่งที่คุณทำ: ดูนานแค่ไหน การดูซ้ำ การข้าม การถูกใจ การแชร์ ความคิดเห็น การติดตาม และ “ไม่สนใจ”
algorithm-filters = ฟีดจะตัดสิ่งที่คุณเคยดูแล้ว บัญชีที่ถูกบล็อก และวิดีโอที่ถูกนำออก พร้อมสลับหัวข้อและครีเอเตอร์
algorithm-control = คุณปิดการปรับให้เหมาะกับคุณ รีเซ็ตสิ่งที่ฟีดเรียนรู้ และถามว่า “ทำไมถึงเห็นวิดีโอนี้” ได้ในทุกคลิป
algorithm-published = คำอธิบายที่เผยแพร่
algorithm-unavailable = คำอธิบายที่เผยแพร่ยังไม่พร้อมใช้งานบนเซิร์ฟเวอร์นี้

## Log in and sign up
login-title = เข้าสู่ระบบ
login-submit = เข้าสู่ระบบ
login-no-account = ยังไม่มีบัญชีใช่ไหม
signup-title = สมัครใช้งาน
signup-intro = ข้อมูลส่วนบุคคลของคุณจะถูกเก็บไว้ในภูมิภาคหลักที่คุณเลือกเท่านั้น
signup-submit = สร้างบัญชี
signup-have-account = มีบัญชีอยู่แล้วใช่ไหม
field-handle = ชื่อผู้ใช้
field-handle-hint = ตัวอักษร ตัวเลข _ หรือ . จำนวน 2 ถึง 24 ตัว
field-display-name = ชื่อที่แสดง (ไม่บังคับ)
field-password = รหัสผ่าน
field-password-hint = อย่างน้อย 8 ตัวอักษร
field-birth-date = วันเกิด
field-birth-date-hint = คุณต้องมีอายุอย่างน้อย 13 ปี บัญชีของผู้ที่อายุต่ำกว่า 18 ปีจะเป็นส่วนตัวโดยค่าเริ่มต้น
field-region = ภูมิภาคหลัก
field-region-hint = ที่ที่เก็บข้อมูลส่วนบุคคลของคุณ
field-email = อีเมล (ไม่บังคับ)
field-email-hint = ใช้เพื่อช่วยกู้คืนบัญชีของคุณเท่านั้น
field-bio = ประวัติย่อ

## Errors
error-network = เชื่อมต่อเซิร์ฟเวอร์ไม่ได้ โปรดตรวจสอบการเชื่อมต่อ
error-internal = เกิดข้อผิดพลาด โปรดลองอีกครั้ง
error-unauthenticated = โปรดเข้าสู่ระบบก่อน
error-invalid_credentials = ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง
error-too_young = คุณต้องมีอายุอย่างน้อย 13 ปีจึงจะใช้ Spool ได้
error-csrf_rejected = เซสชันของคุณหมดอายุแล้ว โปรดโหลดหน้านี้ใหม่
error-forbidden = คุณไม่ได้รับอนุญาตให้ทำสิ่งนี้
error-comments_off = วิดีโอนี้ปิดความคิดเห็นไว้
error-remix_off = ครีเอเตอร์ไม่อนุญาตให้ทำสิ่งนี้
error-not_found = ไม่พบ
error-handle_taken = ชื่อผู้ใช้นี้มีผู้ใช้แล้ว
error-rate_limited = พยายามหลายครั้งเกินไป โปรดรอสักครู่แล้วลองอีกครั้ง
error-invalid_handle = ใช้ตัวอักษร ตัวเลข _ หรือ . จำนวน 2 ถึง 24 ตัว
error-handle_reserved = ชื่อผู้ใช้นี้สงวนไว้
error-invalid_password = รหัสผ่านต้องมี 8 ถึง 128 ตัวอักษร
error-invalid_email = ที่อยู่อีเมลนี้ดูไม่ถูกต้อง
error-invalid_birth_date = โปรดป้อนวันเกิดที่ถูกต้อง
error-invalid_display_name = ชื่อที่แสดงยาวได้ไม่เกิน 50 ตัวอักษร
error-invalid_bio = ประวัติย่อยาวได้ไม่เกิน 160 ตัวอักษร
error-invalid_caption = คำบรรยายยาวได้ไม่เกิน 2,200 ตัวอักษร
error-invalid_comment = ความคิดเห็นต้องมี 1 ถึง 500 ตัวอักษร
error-unknown_region = โปรดเลือกภูมิภาคหนึ่งจากรายการ
error-empty_file = ไฟล์ว่างเปล่า
error-not_media = ไฟล์นี้ไม่ใช่วิดีโอ
error-no_video_stream = ไฟล์นี้ไม่มีภาพวิดีโอ
error-still_image = นี่เป็นภาพนิ่ง ไม่ใช่วิดีโอ
error-too_short = วิดีโอสั้นเกินไป (อย่างน้อย 1 วินาที)
error-too_long = วิดีโอยาวเกินไป (ไม่เกิน 10 นาที)
error-too_large = วิดีโอมีขนาดใหญ่เกินไป
error-unsupported_codec = ไม่รองรับรูปแบบวิดีโอนี้
error-transcode_failed = ประมวลผลวิดีโอไม่ได้
error-wrong_password = รหัสผ่านปัจจุบันไม่ถูกต้อง
error-quota_exceeded = พื้นที่เก็บข้อมูลของคุณเต็มแล้ว ลบวิดีโอหรือการอัปโหลดที่ยังไม่เสร็จเพื่อเพิ่มพื้นที่
error-bad_request = อ่านคำขอไม่ได้

## Moderation: reports
report-title-video = รายงานวิดีโอนี้
report-title-comment = รายงานความคิดเห็นนี้
report-title-account = รายงานบัญชีนี้
report-category-choose = เลือกเหตุผล
report-category-hate_speech = ถ้อยคำแสดงความเกลียดชัง
report-category-harassment = การคุกคามและการกลั่นแกล้ง
report-category-violent_extremism = แนวคิดสุดโต่งที่ใช้ความรุนแรง
report-category-disinformation = ข้อมูลที่ผิดพลาดและข้อมูลเท็จ
report-category-child_safety = ความปลอดภัยของเด็ก
report-category-self_harm = การทำร้ายตัวเองและความผิดปกติด้านการกิน
report-category-illegal_goods = สินค้าและบริการผิดกฎหมาย
report-category-scams = การหลอกลวงและการฉ้อโกง
report-category-spam = สแปม
report-category-intellectual_property = ทรัพย์สินทางปัญญา
report-category-other = อย่างอื่น
report-dsa-legend = เกี่ยวกับคุณ
report-dsa-intro = คุณยังไม่ได้เข้าสู่ระบบ ดังนั้นนี่คือการแจ้งตามมาตรา 16 ของกฎหมายบริการดิจิทัลของสหภาพยุโรป เราต้องใช้ชื่อและที่อยู่อีเมลของคุณในการดำเนินการ และบุคคลที่คุณรายงานจะไม่มีวันได้รู้ว่าคุณคือใคร
report-name = ชื่อของคุณ
report-email = ที่อยู่อีเมลของคุณ
report-email-hint = เราจะส่งผลการพิจารณามาที่นี่
report-good-faith = ข้าพเจ้าเชื่อโดยสุจริตว่าข้อมูลในการแจ้งนี้ถูกต้องและครบถ้วน
report-login-instead = มีบัญชีอยู่แล้วใช่ไหม
report-sent = ขอบคุณ ส่งรายงานของคุณแล้ว และผู้ตรวจสอบจะตรวจดู
report-duplicate = คุณรายงานเรื่องนี้ไปแล้ว รายงานก่อนหน้ายังคงมีผล ไม่จำเป็นต้องส่งอีก
report-receipt-intro = โปรดเก็บใบรับนี้ไว้ ใช้ตรวจสอบผลการตัดสินได้
report-receipt = ใบรับของคุณ
report-receipt-hint = หมายเลขรายงาน { $id }
report-receipt-copy = คัดลอกใบรับ
report-receipt-copied = คัดลอกใบรับแล้ว
report-check-later = ตรวจสอบรายงานนี้ภายหลัง
report-follow-up = คุณจะได้รับแจ้งผลการพิจารณา และยังติดตามได้ที่
report-outcome = ตัดสินเมื่อ { $date }: { $action }
report-outcome-policy = กฎที่ใช้: { $policy }
report-state-open = รอการตรวจสอบ
report-state-decided = ตัดสินแล้ว
comment-report = รายงานความคิดเห็นของ { $handle }
profile-report = รายงาน
profile-withheld = บัญชีนี้ไม่พร้อมใช้งานในพื้นที่ของคุณ
label-panel = ข้อมูล
label-more = ดูข้อมูลเพิ่มเติม
video-age-restricted = จำกัดอายุ
video-held = ระงับไว้
video-held-own = วิดีโอของคุณถูกระงับไว้ เนื่องจากตรงกับเนื้อหาที่เคยถูกนำออก ผู้ตรวจสอบจะตรวจดู
video-removed-own = วิดีโอของคุณถูกผู้ตรวจสอบนำออก เฉพาะคุณเท่านั้นที่เห็นประกาศนี้
video-reduced-own = หลังจากการตัดสินของผู้ตรวจสอบ วิดีโอของคุณจะไม่ถูกแนะนำในฟีด เฉพาะคุณเท่านั้นที่เห็นประกาศนี้
video-withheld = วิดีโอนี้ไม่พร้อมใช้งานในพื้นที่ของคุณ
status-link = ดูเหตุผลและวิธีอุทธรณ์

## Moderation: actions, targets, grounds
action-no_violation = ไม่มีการละเมิด
action-remove = นำออกแล้ว
action-age_restrict = จำกัดอายุ
action-restrict_regions = จำกัดในบางภูมิภาค
action-label = เพิ่มป้ายข้อมูลแล้ว
action-reduce_distribution = ลดการเผยแพร่
action-suspend = ระงับบัญชี
action-terminate = ปิดบัญชี
target-video = วิดีโอ
target-comment = ความคิดเห็น
target-account = บัญชี
ground-illegal = เนื้อหาผิดกฎหมาย
ground-incompatible = ขัดต่อหลักเกณฑ์ชุมชน
source-notice = การแจ้งจากผู้ที่รายงาน
source-trusted-flagger = การแจ้งจากผู้รายงานที่เชื่อถือได้
source-own-initiative = การตรวจสอบของ Spool เอง
decision-reversed = กลับคำตัดสินแล้ว

## Account status and statements of reasons
status-title = สถานะบัญชี
settings-status-intro = การตัดสินเกี่ยวกับเนื้อหาของคุณ การอุทธรณ์ของคุณ และรายงานที่คุณส่ง
settings-about = เกี่ยวกับ Spool
status-standing = บัญชีของคุณ
status-good = บัญชีของคุณอยู่ในสถานะดี
status-suspended = บัญชีของคุณถูกระงับ
status-suspended-until = บัญชีของคุณถูกระงับถึง { $date }
status-terminated = บัญชีของคุณถูกปิดแล้ว คุณยังอ่านคำตัดสินและอุทธรณ์ได้
status-strikes = { $count ->
   *[other] คำเตือน { $count } จาก { $threshold } ครั้ง
}
status-strikes-hint = ทุกคำตัดสินที่มีต่อเนื้อหาของคุณนับเป็นคำเตือน เมื่อถึงขีดจำกัด บัญชีจะถูกระงับ คำเตือนเก่าจะหมดอายุ
status-history = คำตัดสินก่อนหน้า
status-statements = คำตัดสินและเหตุผล
status-statements-intro = ทุกคำตัดสินเราจะส่งคำชี้แจงเหตุผล: ตัดสินอะไร ตามกฎข้อใด และวิธีอุทธรณ์
status-no-statements = ไม่มีคำตัดสินเกี่ยวกับเนื้อหาของคุณ
status-my-reports = รายงานของฉัน
status-no-reports = คุณยังไม่ได้รายงานอะไร
status-receipt-title = รายงานของคุณ
statement-heading = { $action } · { $date }
statement-decision = คำตัดสิน
statement-content = เนื้อหา
statement-facts = สิ่งที่เราพบ
statement-policy = กฎ
statement-ground-illegal = เราพิจารณาว่าเนื้อหานี้ผิดกฎหมาย
statement-ground-incompatible = เนื้อหานี้ขัดต่อหลักเกณฑ์ชุมชนของเรา
statement-legal-ground = ฐานทางกฎหมาย: { $ground }
statement-policy-ground = หลักเกณฑ์: { $ground }
statement-label = ป้ายที่แสดง
statement-detection = ตรวจพบได้อย่างไร
statement-detected-auto = ด้วยเครื่องมืออัตโนมัติ
statement-detected-human = โดยไม่ใช้เครื่องมืออัตโนมัติ
statement-automated = ตัดสินอย่างไร
statement-decided-auto = โดยระบบอัตโนมัติ
statement-decided-human = โดยบุคคล ไม่ใช่อัตโนมัติ
statement-source = อะไรทำให้เริ่มการตรวจสอบ
statement-scope = มีผลที่ใด
statement-scope-everywhere = ทุกที่
statement-duration = นานเท่าใด
statement-duration-until = ตั้งแต่ { $from } ถึง { $until }
statement-duration-open = ตั้งแต่ { $from } ไม่มีวันสิ้นสุด
statement-account-suspended = บัญชีของคุณถูกระงับแล้ว
statement-account-terminated = บัญชีของคุณถูกปิดแล้ว
statement-appeal = อุทธรณ์
statement-appeal-until = คุณอุทธรณ์ได้ถึง { $date } ผู้ตรวจสอบคนอื่นจะพิจารณา
statement-appeal-possible = คุณอุทธรณ์ได้ ผู้ตรวจสอบคนอื่นจะพิจารณา
statement-appeal-closed = คำตัดสินนี้ไม่สามารถอุทธรณ์ที่นี่ได้อีกแล้ว คุณยังติดต่อหน่วยงานระงับข้อพิพาทนอกศาลที่ได้รับการรับรองหรือศาลได้
statement-appeal-open = การอุทธรณ์ของคุณอยู่ระหว่างพิจารณา
statement-appeal-upheld = การอุทธรณ์ของคุณได้รับการยอมรับ: กลับคำตัดสินแล้ว
statement-appeal-rejected = พิจารณาการอุทธรณ์ของคุณแล้ว และคำตัดสินยังคงเดิม
statement-technical = รายละเอียดทางเทคนิค (ตามที่ส่งไปยังฐานข้อมูลความโปร่งใสของสหภาพยุโรป)
appeal-text = ทำไมควรเปลี่ยนคำตัดสิน
appeal-text-hint = อธิบายสิ่งที่ผู้ตรวจสอบอาจมองข้าม คุณเพิ่มบริบทหรือลิงก์ได้
appeal-send = ส่งการอุทธรณ์
appeal-sent = ส่งการอุทธรณ์ของคุณแล้ว ผู้ตรวจสอบคนอื่นจะพิจารณา และคุณจะได้รับคำชี้แจงฉบับใหม่
appeal-exists = คุณมีการอุทธรณ์ที่เปิดอยู่สำหรับคำตัดสินนี้แล้ว

## Moderator console
mod-title = การตรวจสอบเนื้อหา
mod-region = ภูมิภาค
mod-region-hint = คิวของภูมิภาคที่คุณดูแล
mod-not-moderator = คุณไม่ใช่ผู้ตรวจสอบของภูมิภาคนี้
queue-title = คิวตรวจสอบ: { $region }
queue-refresh = รีเฟรช
queue-empty = คิวว่าง
queue-count = { $count ->
   *[other] { $count } รายการ เรียงจากเร่งด่วนที่สุด
}
queue-kind-notice = การแจ้ง
queue-kind-appeal = การอุทธรณ์
queue-kind-match = ตรงกัน
queue-severity = ความรุนแรง
queue-notices = การแจ้ง
queue-reach = ยอดดู (24 ชม.)
queue-detection = ตรวจพบโดย
queue-automated = การตรวจจับอัตโนมัติ
queue-human = บุคคล
queue-due = กำหนด { $time }
queue-overdue = เลยกำหนด: กำหนดคือ { $time }
queue-claimed-mine = คุณรับไว้แล้ว; สิ้นสุด { $time }
queue-claimed-other = ผู้ตรวจสอบคนอื่นรับไว้แล้ว
queue-claim = รับงาน
queue-claim-done = รับงานแล้ว รายการนี้เป็นของคุณในอีกไม่กี่นาทีต่อจากนี้
queue-open = ตรวจสอบ
item-title = การตรวจสอบ
item-heading = ตรวจสอบ: { $category }
item-back = กลับไปที่คิว
item-decided = ตัดสินแล้ว
item-context = เนื้อหา
item-player = วิดีโอที่ถูกรายงาน
item-caption = คำบรรยาย
item-sound = เสียง
item-state = สถานะ
item-remixes = รีมิกซ์
item-none = ไม่มี
item-open-video = หน้าวิดีโอ
item-open-video-link = เปิดวิดีโอ
item-comment-text = ความคิดเห็น
item-comment-video = ในวิดีโอ
item-account = บัญชี
item-detection = การตรวจจับอัตโนมัติ
item-notices = { $count ->
   *[other] การแจ้ง { $count } รายการ
}
item-history = คำตัดสินก่อนหน้าเกี่ยวกับบัญชีนี้
item-history-none = ไม่มีคำตัดสินก่อนหน้า
item-appeal = การอุทธรณ์
item-appeal-decision = คำตัดสินที่ถูกอุทธรณ์
decide-title = คำตัดสิน
decide-action = การดำเนินการ
decide-policy = กฎ
decide-policy-category = กฎทั่วไป: { $category }
decide-legal-ground = ฐานทางกฎหมาย: { $ground }
decide-facts = ข้อเท็จจริง
decide-facts-hint = สิ่งที่คุณพบ ด้วยภาษาที่เข้าใจง่าย ครีเอเตอร์จะได้อ่านส่วนนี้
decide-restrict = จำกัดที่ใด
decide-restrict-hint = เลือกภูมิภาค ประเทศ หรือทั้งสองอย่าง คำสั่งทางกฎหมายต้องมีเลขอ้างอิง
decide-regions = ภูมิภาค
decide-countries = ประเทศ
decide-countries-hint = รหัสประเทศสองตัวอักษร คั่นด้วยจุลภาค (DE, AT)
decide-reference = เลขอ้างอิง (คำสั่งศาลหรือหน่วยงาน)
decide-reference-hint = ไม่บังคับ แสดงต่อผู้ชมที่ไม่สามารถดูเนื้อหาได้
decide-restrict-empty = โปรดเลือกอย่างน้อยหนึ่งภูมิภาคหรือประเทศ
decide-label = ป้ายข้อมูล
decide-label-text = ข้อความบนป้าย
decide-label-url = ลิงก์ไปยังข้อมูลเพิ่มเติม
decide-suspend = การระงับ
decide-days = วัน
decide-days-hint = 1 ถึง 365
decide-submit = ตัดสิน
decide-done = บันทึกคำตัดสินแล้ว: { $action } ส่งคำชี้แจงเหตุผลแล้ว
appeal-decide-title = ตัดสินการอุทธรณ์
appeal-outcome = ผลลัพธ์
appeal-outcome-upheld = ยอมรับการอุทธรณ์
appeal-outcome-upheld-hint = กลับคำตัดสินทันที และคืนเนื้อหาหรือบัญชี
appeal-outcome-rejected = ปฏิเสธการอุทธรณ์
appeal-outcome-rejected-hint = คำตัดสินยังคงเดิม
appeal-decide-submit = ตัดสินการอุทธรณ์
appeal-decided-upheld = ยอมรับการอุทธรณ์แล้ว: กลับคำตัดสิน ส่งคำชี้แจงฉบับใหม่แล้ว
appeal-decided-rejected = ปฏิเสธการอุทธรณ์แล้ว: คำตัดสินยังคงเดิม ส่งคำชี้แจงฉบับใหม่แล้ว
error-claimed = ผู้ตรวจสอบคนอื่นรับรายการนี้ไปแล้ว
error-same_moderator = ผู้ตรวจสอบที่ตัดสินไม่สามารถตัดสินการอุทธรณ์ของคำตัดสินนั้นได้

## Transparency report
transparency-title = ความโปร่งใส
transparency-intro = การตรวจสอบเนื้อหาบน Spool ในรูปตัวเลข: การแจ้ง คำตัดสิน ความเร็วในการตัดสิน การอุทธรณ์ และการกลับคำตัดสิน ไม่มีการแสดงข้อมูลส่วนบุคคล
transparency-region = ภูมิภาค
transparency-all-regions = ทุกภูมิภาค
transparency-period = ช่วงเวลา
transparency-period-days = 30 วันล่าสุด รายวัน
transparency-period-weeks = 12 สัปดาห์ล่าสุด รายสัปดาห์
transparency-period-months = 12 เดือนล่าสุด รายเดือน
transparency-range = { $from } ถึง { $to }
transparency-csv = ดาวน์โหลดเป็น CSV
transparency-summary = รวมทั้งหมด: { $region }
transparency-notices = การแจ้ง
transparency-decisions = คำตัดสิน
transparency-median = เวลามัธยฐานจนถึงการตัดสิน
transparency-p90 = เปอร์เซ็นไทล์ที่ 90
transparency-hours = { $hours } ชม.
transparency-hours-unit = ชม.
transparency-deadline-misses = พลาดกำหนดเวลา
transparency-automated-detection = ตรวจพบด้วยเครื่องมืออัตโนมัติ
transparency-automated-decision = ตัดสินโดยอัตโนมัติ
transparency-suspensions = การระงับ
transparency-appeals = การอุทธรณ์
transparency-reversals = การกลับคำตัดสิน
transparency-over-time = ตามช่วงเวลา
transparency-chart-volume = การแจ้งและคำตัดสิน
transparency-chart-speed = เวลาจนถึงการตัดสิน (ชั่วโมง)
transparency-breakdown = รายละเอียด
transparency-chart-notices-category = การแจ้งตามหมวดหมู่
transparency-chart-decisions-action = คำตัดสินตามการดำเนินการ
transparency-chart-decisions-category = คำตัดสินตามหมวดหมู่
transparency-chart-ground = คำตัดสินตามฐาน
transparency-chart-source = การแจ้งตามแหล่งที่มา
transparency-appeals-title = การอุทธรณ์
transparency-chart-appeals = ผลการอุทธรณ์
transparency-chart-appeals-time = การอุทธรณ์และการกลับคำตัดสินตามช่วงเวลา
transparency-appeals-upheld = ยอมรับ
transparency-appeals-rejected = ปฏิเสธ
transparency-appeals-open = เปิดอยู่
transparency-orders = คำสั่งทางกฎหมายและการคัดกรอง
transparency-chart-orders = คำสั่งทางกฎหมายตามภูมิภาค
transparency-screening-flagged = ถูกการคัดกรองตั้งค่าสถานะ
transparency-screening-decided = ตรวจสอบแล้ว
transparency-screening-confirmed = ยืนยันแล้ว
transparency-screening-precision = ความแม่นยำ
transparency-none = ไม่มีข้อมูลในช่วงเวลานี้
transparency-yes = ใช่
transparency-no = ไม่ใช่
transparency-log = บันทึกคำตัดสิน
transparency-log-intro = ทุกคำตัดสิน โดยไม่มีข้อมูลของผู้รายงาน ครีเอเตอร์ หรือผู้ตรวจสอบ
transparency-log-date = วันที่
transparency-log-action = คำตัดสิน
transparency-log-category = หมวดหมู่
transparency-log-ground = ฐาน
transparency-log-content = เนื้อหา
transparency-log-detected = การตรวจจับอัตโนมัติ
transparency-log-automated = การตัดสินอัตโนมัติ
transparency-log-scope = ที่ใด
transparency-log-source = แหล่งที่มา
transparency-log-reversed = กลับคำตัดสินแล้ว
transparency-log-more = คำตัดสินเพิ่มเติม
transparency-log-empty = ยังไม่มีคำตัดสิน
chart-show-table = แสดงตัวเลขเป็นตาราง
chart-summary-line = ตั้งแต่ { $from } ถึง { $to } รวม: { $totals }
chart-period = ช่วงเวลา
chart-item = รายการ
chart-value = จำนวน
notif-statement = มีคำตัดสินของผู้ตรวจสอบเกี่ยวกับเนื้อหาของคุณ อ่านเหตุผลและวิธีอุทธรณ์
notif-report_outcome = รายงานที่คุณส่งได้รับการตัดสินแล้ว

## Moderation: more codes from the server
action-hold = ระงับไว้เพื่อตรวจสอบ
action-reversed = กลับคำตัดสินหลังการอุทธรณ์
action-upheld_decision = ยืนตามคำตัดสินหลังการอุทธรณ์
action-appeal_upheld = ยอมรับการอุทธรณ์
action-appeal_rejected = ปฏิเสธการอุทธรณ์
notice-source-account = การแจ้งจากบัญชี
notice-source-anonymous = การแจ้งโดยไม่มีบัญชี (DSA มาตรา 16)
notice-source-screening = การคัดกรองอัตโนมัติ
notice-source-fingerprint = ตรงกับเนื้อหาที่ถูกนำออก
notice-source-legal_order = คำสั่งทางกฎหมาย
source-complaint = การอุทธรณ์
statement-scope-eea = สหภาพยุโรปและเขตเศรษฐกิจยุโรป (30 ประเทศ)
statement-regions = ภูมิภาค
statement-reference = เลขอ้างอิงคำสั่ง
statement-outcome-heading = { $action } · { $date }
error-already_decided = เรื่องนี้ได้รับการตัดสินแล้ว
error-appeal_open = คำตัดสินนี้มีการอุทธรณ์ที่เปิดอยู่แล้ว
error-appeal_closed = คำตัดสินนี้ไม่สามารถอุทธรณ์ได้อีกแล้ว
error-account_suspended = บัญชีของคุณถูกระงับ จึงทำสิ่งนี้ไม่ได้ในขณะนี้
error-account_terminated = บัญชีของคุณถูกปิดแล้ว
error-not_moderator = คุณไม่ใช่ผู้ตรวจสอบของภูมิภาคนี้
video-withheld-own = วิดีโอของคุณไม่พร้อมใช้งานใน: { $places } เฉพาะคุณเท่านั้นที่เห็นประกาศนี้
item-restrictions = ข้อจำกัดปัจจุบัน

## The player, the sign-in sheet, own clips, Discover
signin-sheet-title = เข้าสู่ระบบเพื่อดำเนินการต่อ
signin-sheet-intro = เข้าสู่ระบบเพื่อกดถูกใจ แสดงความคิดเห็น ติดตาม และรับฟีดที่ทำมาเพื่อคุณ
feed-caught-up = คุณดูครบหมดแล้ว
feed-caught-up-hint = ตอนนี้คุณดูครบทุกคลิปแล้ว ค้นหาเพิ่มเติมได้ในสำรวจ
feed-explore = สำรวจ
clip-creator-profile = โปรไฟล์ของ { $handle }
unfollow-handle = เลิกติดตาม { $handle }
clip-progress = ตำแหน่งการเล่น
clip-progress-value = { $at } จาก { $length }
video-edit = แก้ไขวิดีโอ
video-edit-save = บันทึก
video-edit-done = บันทึกการเปลี่ยนแปลงแล้ว
video-delete = ลบวิดีโอ
video-delete-confirm = ลบวิดีโอนี้อย่างถาวรหรือไม่ ความคิดเห็นและการถูกใจจะถูกลบไปด้วย
video-delete-done = ลบวิดีโอแล้ว
back = กลับ
cancel = ยกเลิก
discover-trending = มาแรงตอนนี้
discover-trending-tags = แฮชแท็กมาแรง

## How the feed works: its stages and parameters
algo-stage-events = ฟีดเรียนรู้จากอะไร
algo-stage-model = โมเดลความชอบ
algo-stage-candidates = ตัวเลือกมาจากไหน
algo-stage-exploration = โอกาสสำหรับวิดีโอใหม่
algo-stage-ranking = การจัดอันดับ
algo-stage-filters = สิ่งที่ถูกกรองออก
algo-stage-diversity = ความหลากหลาย
algo-stage-non_personalized = ฟีดที่ไม่ปรับให้เหมาะกับคุณ
algo-technical = คำอธิบายทางเทคนิค (ภาษาอังกฤษ)
algo-param-bias-learning-rate = ความเร็วในการเรียนรู้ความน่าสนใจของวิดีโอเอง
algo-param-expiry-secs = ลืมไปเมื่อไม่มีการใช้งานนาน
algo-param-history-len = จำนวนการดูล่าสุดที่นำมาคิด
algo-param-history-weight = น้ำหนักของการดูล่าสุด
algo-param-init-scale = การกระจายเริ่มต้นของแถวใหม่
algo-param-item-min-count = จำนวนการมีส่วนร่วมก่อนที่วิดีโอจะได้แถวของตัวเอง
algo-param-learning-rate = ความเร็วในการเรียนรู้ความชอบ
algo-param-margin = ระยะห่างระหว่างวิดีโอที่ถูกใจและวิดีโอที่ข้าม
algo-param-negative-trials = จำนวนวิดีโอที่ลองเมื่อหาตัวอย่างแย้ง
algo-param-negatives-per-positive = ตัวอย่างแย้งต่อสัญญาณเชิงบวกหนึ่งครั้ง
algo-param-regularization = การทำให้เป็นปกติ (ป้องกันไม่ให้โมเดลเรียนรู้เกินพอดี)
algo-param-seed = ค่าสุ่มตั้งต้น (เพื่อให้ทำซ้ำได้)
algo-param-max-age-hours = สำรวจวิดีโอใหม่เป็นเวลา
algo-param-min-completion-rate = ดูจนจบอย่างน้อย
algo-param-min-engagement-rate = การถูกใจ ความคิดเห็น และการแชร์ต่อการดูอย่างน้อย
algo-param-slots-per-page = จำนวนช่องต่อหน้าสำหรับวิดีโอใหม่
algo-param-stages = ขนาดผู้ชมในแต่ละขั้นทดสอบ
algo-param-freshness-hours = วิดีโอนับว่าใหม่เป็นเวลา
algo-param-trending-half-life-hours = ความมาแรงลดลงครึ่งหนึ่งหลังจาก
algo-param-weights = น้ำหนักของคะแนนการจัดอันดับ
algo-param-engagement = การมีส่วนร่วมที่คาดไว้
algo-param-exploration = การสำรวจ
algo-param-following = บัญชีที่คุณติดตาม
algo-param-freshness = ความใหม่
algo-param-trending = ความมาแรง
algo-param-creator-spacing = จำนวนคลิปก่อนครีเอเตอร์เดิมจะกลับมา
algo-param-sound-spacing = จำนวนคลิปก่อนเสียงเดิมจะกลับมา
algo-param-catalog-videos = วิดีโอในแคตตาล็อก
algo-param-viewers-with-state = ผู้ชมที่โมเดลรู้จัก

tile-views = { $count ->
   *[other] ดู { $count } ครั้ง
}

## Long press: speed
clip-options = ตัวเลือก
speed-title = ความเร็วในการเล่น
speed-normal = ปกติ
speed-value = { $rate }×
speed-set = กำลังเล่นที่ความเร็ว { $rate }×

## Upload: preview, cover, draft
upload-preview = ตัวอย่างคลิปของคุณ
upload-cover = ภาพปก
upload-cover-hint = เลื่อนไปยังเฟรมที่ผู้คนจะเห็นก่อนคลิปเริ่มเล่น
upload-draft-restored = แบบร่างของคุณกลับมาแล้ว: คำบรรยายและการตั้งค่าเหมือนตอนที่คุณออกไป
error-invalid_cover = ภาพปกต้องเป็นช่วงหนึ่งของคลิป

# Captions and profile photos
clip-captions-on = เปิดซับไตเติล
clip-captions-off = ปิดซับไตเติล
captions-on = เปิดซับไตเติลแล้ว
captions-off = ปิดซับไตเติลแล้ว
captions-title = ซับไตเติล
captions-file = ไฟล์ซับไตเติล (.vtt)
captions-hint = ไฟล์ WebVTT ภาษาละหนึ่งไฟล์ ซับไตเติลทุกช่วงต้องอยู่ภายในความยาวของคลิป
captions-language = ภาษาของซับไตเติล
captions-add = เพิ่มซับไตเติล
captions-remove = ลบซับไตเติลภาษา{ $language }
captions-remove-short = ลบ
captions-none = ยังไม่มีซับไตเติล
captions-added = เพิ่มซับไตเติลภาษา{ $language }แล้ว
captions-removed = ลบซับไตเติลภาษา{ $language }แล้ว
captions-failed = โพสต์คลิปของคุณแล้ว แต่เพิ่มซับไตเติลไม่สำเร็จ: { $reason } คุณเพิ่มซับไตเติลได้จากหน้าแก้ไขคลิป
captions-pick-file = โปรดเลือกไฟล์ .vtt ก่อน
error-invalid_webvtt = ไฟล์นี้ไม่ใช่ไฟล์ซับไตเติล WebVTT ที่ถูกต้อง
error-invalid_language = โปรดเลือกภาษาของซับไตเติล
profile-photo-choose = รูปโปรไฟล์
profile-photo-hint = JPEG, PNG หรือ WebP ขนาดไม่เกิน 8 MB รูปจะถูกครอปเป็นสี่เหลี่ยมจัตุรัส และข้อมูลว่าถ่ายที่ไหนและด้วยอุปกรณ์ใดจะถูกลบออก
profile-photo-remove = ลบรูป
profile-photo-type = โปรดเลือกรูปภาพ JPEG, PNG หรือ WebP
profile-edit-save = บันทึกโปรไฟล์
profile-edit-done = บันทึกโปรไฟล์แล้ว
error-invalid_photo = ไฟล์นี้ไม่ใช่รูปภาพที่อ่านได้
error-photo_too_small = รูปเล็กเกินไป: โปรดเลือกรูปที่มีขนาดอย่างน้อย 64 พิกเซลในแต่ละด้าน
error-photo_too_large = รูปใหญ่เกินไป: ขนาดสูงสุด 8,192 พิกเซลในแต่ละด้าน
error-invalid_crop = ส่วนของรูปที่จะเก็บไว้ต้องเป็นสี่เหลี่ยมจัตุรัสที่อยู่ภายในรูป

## Other instances (federation over ActivityPub): settings and the Following feed
fed-title = เซิร์ฟเวอร์อื่น
fed-intro = ติดตามผู้คนบนเซิร์ฟเวอร์อื่นที่ใช้ ActivityPub เช่น เซิร์ฟเวอร์ Spool อื่น วิดีโอของพวกเขาจะปรากฏในฟีดกำลังติดตามของคุณ
fed-teen = บัญชีวัยรุ่นจะอยู่บนเซิร์ฟเวอร์นี้เท่านั้น: ไม่สามารถติดตามหรือถูกติดตามจากเซิร์ฟเวอร์อื่นได้
fed-address = ที่อยู่บนเซิร์ฟเวอร์อื่น
fed-address-hint = ในรูปแบบ name@host เช่น alex@example.org
fed-follow = ติดตาม
fed-address-invalid = ป้อนที่อยู่ในรูปแบบ name@host เช่น alex@example.org
fed-address-local = บัญชีนั้นอยู่บนเซิร์ฟเวอร์นี้: ติดตามได้จากโปรไฟล์ของบัญชีนั้น
fed-not-found = ไม่พบบัญชี { $handle } โปรดตรวจสอบที่อยู่
fed-requested = ส่งคำขอติดตามไปยัง { $handle } แล้ว
fed-following = บัญชีที่คุณติดตามที่นั่น
fed-following-empty = คุณยังไม่ได้ติดตามใครบนเซิร์ฟเวอร์อื่น
fed-pending = ส่งคำขอแล้ว
fed-followers = ผู้ติดตามของคุณจากที่นั่น
fed-followers-empty = ยังไม่มีใครจากเซิร์ฟเวอร์อื่นติดตามคุณ
fed-wants-to-follow = ต้องการติดตามคุณ
fed-unfollow = เลิกติดตาม
fed-accept = ยอมรับ
fed-accept-label = ยอมรับคำขอติดตามของ { $handle }
fed-decline = ปฏิเสธ
fed-decline-label = ปฏิเสธคำขอติดตามของ { $handle }
fed-remove = นำออก
fed-remove-label = นำ { $handle } ออกจากผู้ติดตามของคุณ
fed-accepted = ตอนนี้ { $handle } ติดตามคุณแล้ว
fed-declined = คุณปฏิเสธคำขอของ { $handle } แล้ว
fed-removed = { $handle } ไม่ได้ติดตามคุณอีกต่อไป
fed-from = จาก { $host }
fed-open = เปิดบน { $host }
fed-cannot-play = ไม่สามารถเล่นวิดีโอนี้ที่นี่ได้
comment-remote-remove = ลบการตอบกลับของ { $handle }
fed-shared-by = แชร์โดย { $handle }
reason-remote_instance = จาก { $host } อินสแตนซ์ที่คนที่นี่ติดตามบัญชีอยู่
fed-like = ถูกใจ

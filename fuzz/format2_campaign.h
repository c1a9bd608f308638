// A format-2 campaign for the draft_check fuzz target, in the shape of Gate Square's announcements:
// two hashtags (a closed "#…#" with a space inside and a "#tag"), a length in 字 for Chinese posts and
// in words for English ones, meaningful content, the ban on advertising ("严禁广告引流") with
// overlapping words, and an open-ended period.
#pragma once

inline constexpr const char* kFuzzFormat2Campaign = R"json({
  "format_version": 2,
  "id": "fuzz-square",
  "languages": ["zh", "en"],
  "title": {"zh": "广场发帖", "en": "Square post"},
  "summary": {"zh": "带话题发帖", "en": "Post with the hashtag"},
  "research": [
    {"id": "rules", "title": {"zh": "规则", "en": "Rules"}, "body": {"zh": "读规则", "en": "Read the rules"},
     "facts": [{"text": {"zh": "长期有效", "en": "No end date"},
                "source": {"url": "https://www.gate.com/post/status/123", "title": "Gate Square", "as_of": "2025"}}]}
  ],
  "requirements": {
    "links": [
      {"id": "link.square", "title": {"zh": "广场链接", "en": "Square link"},
       "url": "https://www.gate.com/post/status/123", "required": false}
    ],
    "hashtags": [
      {"id": "hashtag.contest", "title": {"zh": "话题", "en": "Hashtag"},
       "spellings": ["#PUBLIC创作大赛#", "#PUBLIC Creative Contest#"]},
      {"id": "hashtag.first", "title": {"zh": "话题", "en": "Hashtag"}, "required": false,
       "spellings": ["#我在广场发首帖"]}
    ],
    "post_length": {"id": "length.own", "title": {"zh": "字数", "en": "Length"},
                    "minimum_characters": 30, "minimum_words": 12, "strict": true},
    "meaningful_content": {"id": "content.meaningful", "title": {"zh": "有实际内容", "en": "Real content"}},
    "self_confirmed": [
      {"id": "confirm.original", "title": {"zh": "原创", "en": "Original"}}
    ],
    "forbidden": [
      {"id": "forbidden.ads", "title": {"zh": "严禁广告引流", "en": "No advertising"},
       "allowed_hosts": ["gate.com", "gate.io"],
       "words": {"zh": ["加微信", "微信", "拉群", "邀请码"], "en": ["referral code", "DM me"]}}
    ]
  },
  "period": {"start": "2025-08-18 10:00", "time_zone": "UTC", "settlement": {"zh": "每月结算", "en": "settled monthly"}}
})json";

//! Profile photos: an uploaded JPEG, PNG or WebP decoded (with limits on its size and on
//! what decoding may allocate), cropped to a square (a rectangle the client chose, or the
//! centred square), resized and re-encoded as JPEG at the sizes Spool serves. Only the
//! pixels are carried over: whatever the file held besides them (EXIF with GPS position
//! and camera serial, XMP, ICC profiles, comments) is gone from what is stored. In memory
//! only; the caller stores the results.

use std::io::Cursor;

use image::imageops::FilterType;
use image::{DynamicImage, ImageFormat, ImageReader, Limits};

/// The side of the served sizes, largest first.
pub const PHOTO_SIZES: [u32; 2] = [512, 128];
/// The largest upload accepted.
pub const PHOTO_MAX_BYTES: usize = 8 << 20;
/// The largest picture accepted, on each side.
const MAX_SIDE: u32 = 8192;
/// The smallest: a square of this side at least.
const MIN_SIDE: u32 = 64;
const QUALITY: u8 = 85;

/// A square part of the picture to keep, in its pixels (after the EXIF orientation is
/// *not* applied: the client crops what it shows, the decoded pixels).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Crop {
    pub x: u32,
    pub y: u32,
    pub size: u32,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PhotoError {
    #[error("the photo must be a JPEG, PNG or WebP image")]
    UnsupportedType,
    #[error("the file is not a picture that can be read: {0}")]
    Unreadable(String),
    #[error("the photo is too large: at most {MAX_SIDE}×{MAX_SIDE} pixels")]
    TooLarge,
    #[error("the photo is too small: at least {MIN_SIDE}×{MIN_SIDE} pixels")]
    TooSmall,
    #[error("the crop must be a square of at least {MIN_SIDE} pixels inside the picture")]
    BadCrop,
}

/// The encoded JPEGs, one per [`PHOTO_SIZES`] entry, in that order.
pub struct ProfilePhoto {
    pub jpegs: Vec<Vec<u8>>,
}

/// The formats a photo may be, by MIME type.
pub fn photo_format(content_type: &str) -> Option<ImageFormat> {
    match content_type.split(';').next().unwrap_or_default().trim() {
        "image/jpeg" => Some(ImageFormat::Jpeg),
        "image/png" => Some(ImageFormat::Png),
        "image/webp" => Some(ImageFormat::WebP),
        _ => None,
    }
}

/// Decodes `bytes` (declared as `content_type`), crops and resizes it; see the module doc.
/// CPU-bound: call it from a blocking thread.
pub fn profile_photo(
    bytes: &[u8],
    content_type: &str,
    crop: Option<Crop>,
) -> Result<ProfilePhoto, PhotoError> {
    let format = photo_format(content_type).ok_or(PhotoError::UnsupportedType)?;
    if image::guess_format(bytes).ok() != Some(format) {
        return Err(PhotoError::Unreadable(format!(
            "the bytes are not a {} file",
            format.to_mime_type()
        )));
    }
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(512 << 20);
    reader.limits(limits);
    let picture = reader.decode().map_err(|e| match e {
        image::ImageError::Limits(_) => PhotoError::TooLarge,
        other => PhotoError::Unreadable(other.to_string()),
    })?;
    let (w, h) = (picture.width(), picture.height());
    let square = match crop {
        Some(c) => {
            let fits = c.size >= MIN_SIDE
                && c.x.checked_add(c.size).is_some_and(|r| r <= w)
                && c.y.checked_add(c.size).is_some_and(|b| b <= h);
            if !fits {
                return Err(PhotoError::BadCrop);
            }
            c
        }
        None => {
            let side = w.min(h);
            if side < MIN_SIDE {
                return Err(PhotoError::TooSmall);
            }
            Crop {
                x: (w - side) / 2,
                y: (h - side) / 2,
                size: side,
            }
        }
    };
    // Pixels only, as 8-bit RGB (no alpha in a JPEG): nothing else is carried over.
    let cropped = DynamicImage::ImageRgb8(
        picture
            .crop_imm(square.x, square.y, square.size, square.size)
            .to_rgb8(),
    );
    let mut jpegs = Vec::with_capacity(PHOTO_SIZES.len());
    for side in PHOTO_SIZES {
        let sized = if square.size > side {
            cropped.resize_exact(side, side, FilterType::Lanczos3)
        } else {
            cropped.clone()
        };
        let mut out = Vec::new();
        let encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, QUALITY);
        sized
            .write_with_encoder(encoder)
            .map_err(|e| PhotoError::Unreadable(e.to_string()))?;
        jpegs.push(out);
    }
    Ok(ProfilePhoto { jpegs })
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{Rgb, RgbImage};

    fn png(w: u32, h: u32) -> Vec<u8> {
        let img = RgbImage::from_fn(w, h, |x, _| {
            if x < w / 2 {
                Rgb([255, 0, 0])
            } else {
                Rgb([0, 0, 255])
            }
        });
        let mut out = Cursor::new(Vec::new());
        DynamicImage::ImageRgb8(img)
            .write_to(&mut out, ImageFormat::Png)
            .expect("png");
        out.into_inner()
    }

    /// A JPEG with an APP1 EXIF segment holding a GPS IFD, spliced in after SOI.
    fn jpeg_with_gps(w: u32, h: u32) -> Vec<u8> {
        let mut plain = Vec::new();
        DynamicImage::ImageRgb8(RgbImage::from_pixel(w, h, Rgb([10, 200, 30])))
            .write_with_encoder(image::codecs::jpeg::JpegEncoder::new(&mut plain))
            .expect("jpeg");
        let exif: &[u8] = b"Exif\0\0MM\0*\0\0\0\x08\0\x01\x88\x25\0\x04\0\0\0\x01\0\0\0\x1a\0\0\0\0\0\x01\0\x01\0\x02\0\0\0\x02N\0\0\0\0\0\0\0GPSLatitude 48.8584N";
        let mut out = plain[..2].to_vec();
        out.extend_from_slice(&[0xFF, 0xE1]);
        out.extend_from_slice(&((exif.len() + 2) as u16).to_be_bytes());
        out.extend_from_slice(exif);
        out.extend_from_slice(&plain[2..]);
        out
    }

    fn decoded(jpeg: &[u8]) -> DynamicImage {
        image::load_from_memory_with_format(jpeg, ImageFormat::Jpeg).expect("our JPEG")
    }

    #[test]
    fn centred_square_at_every_size() {
        let out = profile_photo(&png(900, 600), "image/png", None).expect("photo");
        assert_eq!(out.jpegs.len(), 2);
        for (jpeg, side) in out.jpegs.iter().zip(PHOTO_SIZES) {
            let img = decoded(jpeg);
            assert_eq!((img.width(), img.height()), (side, side));
            // The centred 600×600 square: red on the left, blue on the right.
            let rgb = img.to_rgb8();
            assert!(rgb.get_pixel(side / 8, side / 2).0[0] > 200);
            assert!(rgb.get_pixel(side - side / 8, side / 2).0[2] > 200);
        }
    }

    #[test]
    fn a_crop_rectangle_is_kept() {
        // Only the left (red) half.
        let out = profile_photo(
            &png(800, 400),
            "image/png",
            Some(Crop {
                x: 0,
                y: 0,
                size: 400,
            }),
        )
        .expect("photo");
        let rgb = decoded(&out.jpegs[1]).to_rgb8();
        assert!(rgb.pixels().all(|p| p.0[0] > 200 && p.0[2] < 60));
        for bad in [
            Crop {
                x: 500,
                y: 0,
                size: 400,
            },
            Crop {
                x: 0,
                y: 0,
                size: 10,
            },
            Crop {
                x: u32::MAX,
                y: 0,
                size: 400,
            },
        ] {
            assert_eq!(
                profile_photo(&png(800, 400), "image/png", Some(bad)).err(),
                Some(PhotoError::BadCrop)
            );
        }
    }

    #[test]
    fn metadata_is_not_carried_over() {
        let input = jpeg_with_gps(300, 300);
        assert!(input.windows(4).any(|w| w == b"Exif"));
        let out = profile_photo(&input, "image/jpeg", None).expect("photo");
        for jpeg in &out.jpegs {
            assert!(
                !jpeg.windows(4).any(|w| w == b"Exif"),
                "EXIF left in the output"
            );
            assert!(!jpeg.windows(11).any(|w| w == b"GPSLatitude"));
            assert!(
                !jpeg.windows(2).any(|w| w == [0xFF, 0xE1]),
                "an APP1 segment is left"
            );
        }
    }

    #[test]
    fn refusals() {
        let p = png(200, 200);
        assert_eq!(
            profile_photo(&p, "image/gif", None).err(),
            Some(PhotoError::UnsupportedType)
        );
        assert!(matches!(
            profile_photo(&p, "image/jpeg", None),
            Err(PhotoError::Unreadable(_))
        ));
        assert!(matches!(
            profile_photo(b"not a picture", "image/png", None),
            Err(PhotoError::Unreadable(_))
        ));
        assert_eq!(
            profile_photo(&png(40, 300), "image/png", None).err(),
            Some(PhotoError::TooSmall)
        );
        assert_eq!(
            profile_photo(&png(9000, 64), "image/png", None).err(),
            Some(PhotoError::TooLarge)
        );
        let mut truncated = p.clone();
        truncated.truncate(p.len() / 2);
        assert!(matches!(
            profile_photo(&truncated, "image/png", None),
            Err(PhotoError::Unreadable(_))
        ));
    }
}

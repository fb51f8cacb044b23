"""Turn a decoded picture the way its EXIF orientation says, as a phone gallery shows it."""

from __future__ import annotations

from PIL import ExifTags, Image, ImageOps


def upright(image: Image.Image, orientation: int, *, in_place: bool = False) -> Image.Image:
    """`image` turned upright for EXIF `orientation` (1–8): a new image unless `in_place`.

    The orientation given is the one read when the file was checked, not whatever the image
    object carries now: a resized or flattened copy has lost its EXIF, and the packet's size
    probe and its encoder must follow one reading. It is set on the image for exif_transpose.
    """
    image.getexif()[ExifTags.Base.Orientation] = orientation
    if in_place:
        ImageOps.exif_transpose(image, in_place=True)
        return image
    return ImageOps.exif_transpose(image)
